package vn.danhgia.web.organization;

import jakarta.ejb.EJBException;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.danhgia.organization.api.OrganizationException;
import vn.danhgia.organization.api.authority.AuthorityChainView;
import vn.danhgia.organization.api.authority.AuthorityFacade;
import vn.danhgia.organization.api.authority.NewAuthorityOverride;
import vn.danhgia.organization.api.people.PersonFacade;
import vn.danhgia.organization.api.people.PersonQuery;
import vn.danhgia.organization.api.people.PersonSummary;
import vn.danhgia.web.i18n.Texts;

/**
 * Backs {@code /organization/authority.xhtml}: a person's authority chain and why (ORG-11, PRO-9),
 * and, for administrators, an override of one role for the person or their unit (audited).
 */
@Named
@ViewScoped
public class AuthorityBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int SUGGESTIONS = 15;

    @Inject
    private transient AuthorityFacade authority;

    @Inject
    private transient PersonFacade people;

    private Long personId;
    private String kind = AuthorityFacade.QUARTERLY;
    private LocalDate date = LocalDate.now();
    private AuthorityChainView chain;

    private String overrideRole = "EVALUATE";
    private boolean overrideWholeUnit;
    private String holderStaffCode;
    private String holderCollective;
    private LocalDate overrideFrom = LocalDate.now();
    private LocalDate overrideTo;
    private String overrideReason;

    public void load() {
        chain = personId == null ? null : authority.chain(personId, kind, date);
    }

    /** Suggestions for the person field: "staff code — name". */
    public List<String> completePerson(String text) {
        return people.search(new PersonQuery(text, null, null, null, date, PersonQuery.SortField.FULL_NAME, true, 0,
                        SUGGESTIONS)).items().stream()
                .map(p -> p.staffCode() + " — " + p.fullName() + (p.unitName() == null ? "" : ", " + p.unitName()))
                .toList();
    }

    /** Opens the chain of the chosen person. */
    public void choosePerson(String suggestion) {
        personId = find(suggestion).map(PersonSummary::id).orElse(null);
        load();
    }

    /** Records the administrator's override and shows the new chain. */
    public void saveOverride() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!isAdmin() || chain == null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get(faces, "common_error.message.forbidden"), null));
            return;
        }
        Long holderId = holderStaffCode == null || holderStaffCode.isBlank() ? null
                : find(holderStaffCode).map(PersonSummary::id).orElse(-1L);
        if (holderId != null && holderId < 0) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    Texts.get(faces, "organization_authority.message.holderUnknown"), null));
            return;
        }
        Long unitId = overrideWholeUnit ? unitOfPerson() : null;
        try {
            authority.override(new NewAuthorityOverride(unitId, unitId == null ? personId : null, kind, overrideRole,
                    holderId, holderId == null ? holderCollective : null, overrideFrom, overrideTo, overrideReason),
                    faces.getExternalContext().getRemoteUser());
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO,
                    Texts.get(faces, "organization_authority.message.overrideSaved"), null));
            load();
        } catch (OrganizationException | EJBException e) {
            Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
            if (!(cause instanceof OrganizationException rejected)) {
                throw e;
            }
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, rejected.getMessage(), null));
            faces.validationFailed();
        }
    }

    private Long unitOfPerson() {
        return people.detail(personId).flatMap(p -> p.memberships().stream()
                .filter(m -> !m.validFrom().isAfter(date) && (m.validTo() == null || m.validTo().isAfter(date)))
                .filter(m -> "PRIMARY".equals(m.kind())).findFirst())
                .map(m -> m.unitId()).orElse(null);
    }

    private java.util.Optional<PersonSummary> find(String suggestion) {
        String code = suggestion == null ? "" : suggestion.split(" — ")[0].trim();
        return people.search(new PersonQuery(code, null, null, null, date, PersonQuery.SortField.STAFF_CODE, true, 0, 5))
                .items().stream().filter(p -> p.staffCode().equalsIgnoreCase(code)).findFirst();
    }

    public boolean isAdmin() {
        return FacesContext.getCurrentInstance().getExternalContext().isUserInRole("ADMIN");
    }

    public String[] getKinds() {
        return new String[] {AuthorityFacade.QUARTERLY, AuthorityFacade.ANNUAL};
    }

    public String[] getRoles() {
        return new String[] {"COMMENT", "EVALUATE", "DECIDE", "ADJUST"};
    }

    public String getPersonChoice() { return null; }
    public void setPersonChoice(String choice) {
        if (choice != null && !choice.isBlank()) {
            choosePerson(choice);
        }
    }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public String getKind() { return kind; }
    public void setKind(String kind) { this.kind = kind; }
    public LocalDate getDate() { return date; }
    public void setDate(LocalDate date) { this.date = date == null ? LocalDate.now() : date; }
    public AuthorityChainView getChain() { return chain; }
    public String getOverrideRole() { return overrideRole; }
    public void setOverrideRole(String v) { overrideRole = v; }
    public boolean isOverrideWholeUnit() { return overrideWholeUnit; }
    public void setOverrideWholeUnit(boolean v) { overrideWholeUnit = v; }
    public String getHolderStaffCode() { return holderStaffCode; }
    public void setHolderStaffCode(String v) { holderStaffCode = v; }
    public String getHolderCollective() { return holderCollective; }
    public void setHolderCollective(String v) { holderCollective = v; }
    public LocalDate getOverrideFrom() { return overrideFrom; }
    public void setOverrideFrom(LocalDate v) { overrideFrom = v; }
    public LocalDate getOverrideTo() { return overrideTo; }
    public void setOverrideTo(LocalDate v) { overrideTo = v; }
    public String getOverrideReason() { return overrideReason; }
    public void setOverrideReason(String v) { overrideReason = v; }
}
