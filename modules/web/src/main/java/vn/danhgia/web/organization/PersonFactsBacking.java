package vn.danhgia.web.organization;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import vn.danhgia.organization.api.OrganizationException;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitView;
import vn.danhgia.organization.api.people.PersonDetail;
import vn.danhgia.organization.api.people.PersonFacade;
import vn.danhgia.organization.api.people.PersonFacade.GradeOption;
import vn.danhgia.organization.api.people.PersonFactsFacade;

/**
 * Backs the fact dialogs of {@code /organization/person.xhtml} (RULES.md ORG-4..9): transfers and
 * the end of a membership, grade appointments, qualifications, emulation titles, legal-document
 * participations, absences (add; remove a mistaken one
 * with a reason), discipline and inspection records. Each change is sent with the version of the
 * person shown; after it the page's person is reloaded through {@link PersonBacking#load()}.
 */
@Named
@ViewScoped
public class PersonFactsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private PersonBacking page;
    @Inject
    private transient PersonFactsFacade facts;
    @Inject
    private transient UnitFacade unitFacade;
    @Inject
    private transient PersonFacade people;

    private Form transfer = new Form();
    private Form end = new Form();
    private Form grade = new Form();
    private Form qualification = new Form();
    private Form emulation = new Form();
    private Form legal = new Form();
    private Form absence = new Form();
    private Form removal = new Form();
    private Form discipline = new Form();
    private Form inspection = new Form();
    private List<UnitView> units = List.of();
    private List<GradeOption> grades = List.of();

    /** The fields of one dialog (each dialog uses the ones it shows). */
    public static final class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private long targetId;
        private String target;
        private Long unitId;
        private String positionTitle;
        private String unitRole = "MEMBER";
        private String kind;
        private LocalDate from;
        private LocalDate to;
        private String decision;
        private String gradeCode;
        private String name;
        private String level;
        private String field;
        private String institution;
        private String country;
        private String language;
        private Boolean fullTime;
        private String frameworkLevel;
        private BigDecimal score;
        private Integer year;
        private String text;

        public long getTargetId() { return targetId; }
        public String getTarget() { return target; }
        public Long getUnitId() { return unitId; }
        public void setUnitId(Long v) { unitId = v; }
        public String getPositionTitle() { return positionTitle; }
        public void setPositionTitle(String v) { positionTitle = v; }
        public String getUnitRole() { return unitRole; }
        public void setUnitRole(String v) { unitRole = v; }
        public String getKind() { return kind; }
        public void setKind(String v) { kind = v; }
        public LocalDate getFrom() { return from; }
        public void setFrom(LocalDate v) { from = v; }
        public LocalDate getTo() { return to; }
        public void setTo(LocalDate v) { to = v; }
        public String getDecision() { return decision; }
        public void setDecision(String v) { decision = v; }
        public String getGradeCode() { return gradeCode; }
        public void setGradeCode(String v) { gradeCode = v; }
        public String getName() { return name; }
        public void setName(String v) { name = v; }
        public String getLevel() { return level; }
        public void setLevel(String v) { level = v; }
        public String getField() { return field; }
        public void setField(String v) { field = v; }
        public String getInstitution() { return institution; }
        public void setInstitution(String v) { institution = v; }
        public String getCountry() { return country; }
        public void setCountry(String v) { country = v; }
        public String getLanguage() { return language; }
        public void setLanguage(String v) { language = v; }
        public Boolean getFullTime() { return fullTime; }
        public void setFullTime(Boolean v) { fullTime = v; }
        public String getFrameworkLevel() { return frameworkLevel; }
        public void setFrameworkLevel(String v) { frameworkLevel = v; }
        public BigDecimal getScore() { return score; }
        public void setScore(BigDecimal v) { score = v; }
        public Integer getYear() { return year; }
        public void setYear(Integer v) { year = v; }
        /** Note, conclusion, measure or removal reason, depending on the dialog. */
        public String getText() { return text; }
        public void setText(String v) { text = v; }
    }

    // ---- preparing the dialogs -------------------------------------------------------------

    public void prepareTransfer() {
        transfer = new Form();
        transfer.kind = "PRIMARY";
        transfer.from = LocalDate.now();
        refreshUnits();
    }

    /** The unit list follows the start date: only units valid on it can be chosen. */
    public void refreshUnits() {
        units = transfer.from == null ? List.of() : unitFacade.unitsAsOf(transfer.from);
        if (transfer.unitId != null && units.stream().noneMatch(u -> u.id() == transfer.unitId)) {
            transfer.unitId = null;
        }
    }

    public void prepareEnd(PersonDetail.Membership m) {
        end = new Form();
        end.targetId = m.id();
        end.target = m.unitName() + " — " + m.positionTitle();
        end.from = LocalDate.now();
    }

    public void prepareGrade() {
        grade = new Form();
        grades = people.grades();
    }

    public void prepareQualification() {
        qualification = new Form();
        qualification.kind = "DEGREE";
    }

    public void prepareEmulation() {
        emulation = new Form();
        emulation.year = LocalDate.now().getYear();
    }

    public void prepareLegal() {
        legal = new Form();
        legal.kind = "LEGAL_DOCUMENT";
    }

    public void prepareAbsence() {
        absence = new Form();
        absence.kind = "SICK";
    }

    public void prepareRemoval(PersonDetail.Absence a) {
        removal = new Form();
        removal.targetId = a.id();
        removal.kind = a.kind();
        removal.from = a.startDate();
        removal.to = a.endDate();
    }

    public void prepareDiscipline() {
        discipline = new Form();
        discipline.kind = "GOVERNMENT";
    }

    public void prepareInspection() {
        inspection = new Form();
        inspection.kind = "UNDER_INSPECTION";
    }

    // ---- saving ----------------------------------------------------------------------------

    public void saveTransfer() {
        run(() -> facts.transfer(new PersonFactsFacade.MembershipChange(personId(), version(), transfer.unitId,
                transfer.positionTitle, transfer.unitRole, transfer.kind, transfer.from, transfer.decision), by()));
    }

    public void saveEnd() {
        run(() -> facts.endMembership(new PersonFactsFacade.MembershipEnd(personId(), version(), end.targetId, end.from),
                by()));
    }

    public void saveGrade() {
        run(() -> facts.appointGrade(new PersonFactsFacade.GradeChange(personId(), version(), grade.gradeCode,
                grade.from, grade.decision), by()));
    }

    public void saveQualification() {
        Form q = qualification;
        run(() -> facts.addQualification(new PersonFactsFacade.NewQualification(personId(), version(), q.kind, q.name,
                q.level, q.field, q.institution, q.country, q.language, q.fullTime, q.from, q.to, q.frameworkLevel,
                q.score), by()));
    }

    public void saveEmulation() {
        Form e = emulation;
        run(() -> facts.addEmulationTitle(new PersonFactsFacade.NewEmulationTitle(personId(), version(), e.name,
                e.level, e.year, e.from), by()));
    }

    public void saveLegal() {
        Form l = legal;
        run(() -> facts.addLegalParticipation(new PersonFactsFacade.NewLegalParticipation(personId(), version(),
                l.name, l.kind, l.positionTitle, l.from), by()));
    }

    public void saveAbsence() {
        run(() -> facts.addAbsence(new PersonFactsFacade.NewAbsence(personId(), version(), absence.kind, absence.from,
                absence.to, absence.text), by()));
    }

    public void saveRemoval() {
        run(() -> facts.removeAbsence(new PersonFactsFacade.AbsenceRemoval(personId(), version(), removal.targetId,
                removal.text), by()));
    }

    public void saveDiscipline() {
        run(() -> facts.addDiscipline(new PersonFactsFacade.NewDiscipline(personId(), version(), discipline.kind,
                discipline.name, discipline.from, discipline.to, discipline.decision), by()));
    }

    public void saveInspection() {
        run(() -> facts.addInspection(new PersonFactsFacade.NewInspection(personId(), version(), inspection.kind,
                inspection.from, inspection.to, inspection.text), by()));
    }

    /** Sends one change; on success reloads the page's person, on refusal explains and keeps the dialog open. */
    private void run(Supplier<PersonDetail> change) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (page.getPerson() == null || !page.canEdit()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    vn.danhgia.web.i18n.Texts.get(faces, "common_error.message.forbidden"), null));
            faces.validationFailed();
            return;
        }
        try {
            change.get();
            page.load();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    vn.danhgia.web.i18n.Texts.get(faces, "organization_person.message.factSaved"), null));
        } catch (OrganizationException | EJBException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (!(cause instanceof OrganizationException rejected)) {
                throw e;
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, rejected.getMessage(), null));
            faces.validationFailed();
        }
    }

    private long personId() {
        return page.getPerson().id();
    }

    private long version() {
        return page.getPerson().version();
    }

    private static String by() {
        return FacesContext.getCurrentInstance().getExternalContext().getRemoteUser();
    }

    public Form getTransfer() { return transfer; }
    public Form getEnd() { return end; }
    public Form getGrade() { return grade; }
    public Form getQualification() { return qualification; }
    public Form getEmulation() { return emulation; }
    public Form getLegal() { return legal; }
    public Form getAbsence() { return absence; }
    public Form getRemoval() { return removal; }
    public Form getDiscipline() { return discipline; }
    public Form getInspection() { return inspection; }
    public List<UnitView> getUnits() { return units; }
    public List<GradeOption> getGrades() { return grades; }
    public String[] getRoles() { return new String[] {"HEAD", "DEPUTY", "MEMBER"}; }
    public String[] getMembershipKinds() { return new String[] {"PRIMARY", "CONCURRENT", "SECONDMENT"}; }
    public String[] getQualificationKinds() {
        return new String[] {"DEGREE", "STATE_MANAGEMENT", "POLITICAL_THEORY", "FOREIGN_LANGUAGE", "IT",
            "MINORITY_LANGUAGE", "PROFESSIONAL_TRAINING"};
    }
    public String[] getLegalKinds() { return new String[] {"LEGAL_DOCUMENT", "PROJECT", "RESEARCH"}; }
    public String[] getAbsenceKinds() {
        return new String[] {"MATERNITY", "SICK", "UNPAID", "ANNUAL", "SUMMER_BREAK", "PERSONAL_LONG", "TRAINING"};
    }
    public String[] getDisciplineSystems() { return new String[] {"PARTY", "GOVERNMENT"}; }
    public String[] getInspectionKinds() { return new String[] {"UNDER_INSPECTION", "VIOLATION_FOUND"}; }
}
