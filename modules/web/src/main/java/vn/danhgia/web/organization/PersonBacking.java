package vn.danhgia.web.organization;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import vn.danhgia.organization.api.OrganizationException;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.people.PersonDetail;
import vn.danhgia.organization.api.people.PersonEdit;
import vn.danhgia.organization.api.people.PersonFacade;
import vn.danhgia.web.i18n.Texts;

/**
 * Backs {@code /organization/person.xhtml}: one person's facts by tab (RULES.md ORG-2..10) and the
 * correction of their own fields, against the version shown (optimistic locking), with history.
 */
@Named
@ViewScoped
public class PersonBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient PersonFacade people;

    private Long id;
    private PersonDetail person;
    private Form form;

    /** The editable fields, filled from the version shown. */
    public static final class Form implements Serializable {
        private static final long serialVersionUID = 1L;
        private long version;
        private String fullName;
        private LocalDate birthDate;
        private String sex;
        private String ethnicity;
        private boolean minorityArea;
        private StaffCategory category;
        private boolean standingCommitteeManaged;
        private String reason;

        public String getFullName() { return fullName; }
        public void setFullName(String v) { fullName = v; }
        public LocalDate getBirthDate() { return birthDate; }
        public void setBirthDate(LocalDate v) { birthDate = v; }
        public String getSex() { return sex; }
        public void setSex(String v) { sex = v; }
        public String getEthnicity() { return ethnicity; }
        public void setEthnicity(String v) { ethnicity = v; }
        public boolean isMinorityArea() { return minorityArea; }
        public void setMinorityArea(boolean v) { minorityArea = v; }
        public StaffCategory getCategory() { return category; }
        public void setCategory(StaffCategory v) { category = v; }
        public boolean isStandingCommitteeManaged() { return standingCommitteeManaged; }
        public void setStandingCommitteeManaged(boolean v) { standingCommitteeManaged = v; }
        public String getReason() { return reason; }
        public void setReason(String v) { reason = v; }
    }

    /** Called by the view parameter; an unknown id leaves {@code person} empty and the page says so. */
    public void load() {
        person = id == null ? null : people.detail(id).orElse(null);
        form = person == null ? null : formOf(person);
    }

    /** Saves the correction; a concurrent change or an invalid value is explained and nothing is saved. */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!canEdit()) {
            message(faces, FacesMessage.SEVERITY_ERROR, Texts.get(faces, "common_error.message.forbidden"));
            return;
        }
        try {
            person = people.update(new PersonEdit(person.id(), form.version, form.fullName, form.birthDate, form.sex,
                    form.ethnicity, form.minorityArea, form.category, form.standingCommitteeManaged, form.reason),
                    faces.getExternalContext().getRemoteUser());
            form = formOf(person);
            message(faces, FacesMessage.SEVERITY_INFO, Texts.get(faces, "organization_person.message.saved"));
        } catch (OrganizationException | EJBException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (!(cause instanceof OrganizationException rejected)) {
                throw e;
            }
            message(faces, FacesMessage.SEVERITY_ERROR, rejected.getMessage());
            faces.validationFailed();
        }
    }

    public boolean canEdit() {
        var external = FacesContext.getCurrentInstance().getExternalContext();
        return external.isUserInRole("ADMIN") || external.isUserInRole("HR_OFFICER");
    }

    private static Form formOf(PersonDetail p) {
        Form f = new Form();
        f.version = p.version();
        f.fullName = p.fullName();
        f.birthDate = p.birthDate();
        f.sex = p.sex();
        f.ethnicity = p.ethnicity();
        f.minorityArea = p.minorityArea();
        f.category = p.category();
        f.standingCommitteeManaged = p.standingCommitteeManaged();
        return f;
    }

    private static void message(FacesContext faces, FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }

    public StaffCategory[] getCategories() { return StaffCategory.values(); }
    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public PersonDetail getPerson() { return person; }
    public Form getForm() { return form; }
}
