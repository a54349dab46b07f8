package vn.danhgia.web.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.IntStream;
import vn.danhgia.evaluation.api.commitment.CampaignOpening;
import vn.danhgia.evaluation.api.commitment.CampaignView;
import vn.danhgia.evaluation.api.commitment.CommitmentException;
import vn.danhgia.evaluation.api.commitment.CommitmentFacade;
import vn.danhgia.evaluation.api.commitment.CommitmentRow;
import vn.danhgia.evaluation.api.commitment.UnitCommitments;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitView;
import vn.danhgia.organization.api.people.PersonDetail;
import vn.danhgia.organization.api.people.PersonFacade;
import vn.danhgia.platform.security.UserAccounts;
import vn.danhgia.web.i18n.Texts;

/**
 * Backs {@code /evaluation/commitments.xhtml}: a unit's yearly commitments (RULES.md PRO-1) — the campaign with its
 * deadlines, the people with their status (signed, not signed, deferred), opening and publishing (ADMIN, HR_OFFICER),
 * signing one's own commitment (the person the logged-in account acts as), the PDFs of forms 01 and 02.
 */
@Named
@ViewScoped
public class CommitmentsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final int FIRST_YEAR = 2023;
    private static final DateTimeFormatter SIGNED_AT = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");

    @Inject
    private transient CommitmentFacade commitments;

    @Inject
    private transient UnitFacade units;

    @Inject
    private transient PersonFacade people;

    @Inject
    private transient UserAccounts accounts;

    private Long unitId;
    private int year;
    private List<UnitView> unitOptions = List.of();
    private CampaignView campaign;
    private List<CommitmentRow> rows = List.of();
    private long signedCount;
    private long notSignedCount;
    private long deferredCount;
    private long supplementaryCount;
    private boolean officer;
    private boolean reader;
    private Long ownPersonId;
    private CommitmentRow own;
    private String focusItems;

    @PostConstruct
    void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        officer = external.isUserInRole("ADMIN") || external.isUserInRole("HR_OFFICER");
        reader = officer || external.isUserInRole("EVALUATOR");
        String user = external.getRemoteUser();
        ownPersonId = user == null ? null : accounts.personIdOf(user).orElse(null);
        year = LocalDate.now().getYear();
        // a link may name the unit and the year: commitments.xhtml?unitId=12&year=2025
        Long linkedUnit = number(external.getRequestParameterMap().get("unitId"));
        Long linkedYear = number(external.getRequestParameterMap().get("year"));
        if (linkedYear != null && getYears().contains(linkedYear.intValue())) {
            year = linkedYear.intValue();
        }
        refreshUnits();
        if (linkedUnit != null && unitOptions.stream().anyMatch(u -> u.id() == linkedUnit)) {
            unitId = linkedUnit;
        } else if (ownPersonId != null) {
            LocalDate today = LocalDate.now();
            unitId = people.detail(ownPersonId).flatMap(p -> p.memberships().stream()
                            .filter(m -> "PRIMARY".equals(m.kind()) && !m.validFrom().isAfter(today)
                                    && (m.validTo() == null || m.validTo().isAfter(today)))
                            .map(PersonDetail.Membership::unitId).findFirst())
                    .filter(id -> unitOptions.stream().anyMatch(u -> u.id() == id))
                    .orElse(null);
        }
        load();
    }

    /** The year changed: the units of that year (valid on its last day, or today for the current year). */
    public void yearChanged() {
        refreshUnits();
        load();
    }

    private void refreshUnits() {
        LocalDate today = LocalDate.now();
        LocalDate endOfYear = LocalDate.of(year, 12, 31);
        unitOptions = units.unitsAsOf(endOfYear.isBefore(today) ? endOfYear : today);
        if (unitId != null && unitOptions.stream().noneMatch(u -> u.id() == unitId)) {
            unitId = null;
        }
    }

    /** Reads the unit's campaign of the year and its people. */
    public void load() {
        campaign = null;
        rows = List.of();
        own = null;
        signedCount = notSignedCount = deferredCount = supplementaryCount = 0;
        if (unitId == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        try {
            campaign = commitments.campaign(unitId, year).orElse(null);
            if (campaign == null) {
                return;
            }
            UnitCommitments list = commitments.unitList(campaign.id());
            campaign = list.campaign();
            own = ownPersonId == null ? null
                    : list.rows().stream().filter(r -> r.personId() == ownPersonId).findFirst().orElse(null);
            if (!reader && own == null) {
                rows = List.of();
                message(faces, FacesMessage.SEVERITY_WARN, Texts.get(faces, "evaluation_commitments.message.notOfUnit"));
                return;
            }
            // PUB-3: before publication a person of the unit sees their own line only
            rows = reader || campaign.published() ? list.rows() : List.of(own);
            signedCount = list.signedCount();
            notSignedCount = list.notSignedCount();
            deferredCount = list.deferredCount();
            supplementaryCount = list.supplementary().size();
        } catch (RuntimeException e) {
            message(faces, FacesMessage.SEVERITY_ERROR, failure(faces, e));
        }
    }

    /** Opens the unit's campaign of the year (idempotent). */
    public void open() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!officer || unitId == null) {
            message(faces, FacesMessage.SEVERITY_ERROR, Texts.get(faces, "common_error.message.forbidden"));
            return;
        }
        try {
            CampaignOpening opening = commitments.open(unitId, year, faces.getExternalContext().getRemoteUser());
            message(faces, FacesMessage.SEVERITY_INFO, MessageFormat.format(Texts.get(faces, opening.created()
                    ? "evaluation_commitments.message.opened" : "evaluation_commitments.message.alreadyOpen"), String.valueOf(year)));
        } catch (RuntimeException e) {
            message(faces, FacesMessage.SEVERITY_ERROR, failure(faces, e));
        }
        load();
    }

    /** Publishes the unit list (form 02); a second publication changes nothing. */
    public void publish() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!officer || campaign == null) {
            message(faces, FacesMessage.SEVERITY_ERROR, Texts.get(faces, "common_error.message.forbidden"));
            return;
        }
        try {
            boolean before = campaign.published();
            CampaignView published = commitments.publish(campaign.id(), campaign.version(),
                    faces.getExternalContext().getRemoteUser());
            message(faces, FacesMessage.SEVERITY_INFO, Texts.get(faces, before
                    ? "evaluation_commitments.message.alreadyPublished" : "evaluation_commitments.message.published"));
            if (published.publishedLate() && !before) {
                message(faces, FacesMessage.SEVERITY_WARN, Texts.get(faces, "evaluation_commitments.message.publishedLate"));
            }
        } catch (RuntimeException e) {
            message(faces, FacesMessage.SEVERITY_ERROR, failure(faces, e));
        }
        load();
    }

    /** The logged-in person signs their own commitment of the campaign. */
    public void sign() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (campaign == null) {
            return;
        }
        try {
            CommitmentRow row = commitments.sign(campaign.id(), ownPersonId, focusItems,
                    faces.getExternalContext().getRemoteUser());
            message(faces, FacesMessage.SEVERITY_INFO, Texts.get(faces, "evaluation_commitments.message.signed"));
            if (row.late()) {
                message(faces, FacesMessage.SEVERITY_WARN, Texts.get(faces, "evaluation_commitments.message.signedLate"));
            }
            if (row.supplementary()) {
                message(faces, FacesMessage.SEVERITY_INFO,
                        Texts.get(faces, "evaluation_commitments.message.signedSupplementary"));
            }
            focusItems = null;
        } catch (RuntimeException e) {
            message(faces, FacesMessage.SEVERITY_ERROR, failure(faces, e));
        }
        load();
    }

    /** Whether the row's form 01 may be opened by the user (officers and evaluators, or the person). */
    public boolean canOpenForm(CommitmentRow row) {
        return row != null && "SIGNED".equals(row.status().name())
                && (reader || ownPersonId != null && ownPersonId == row.personId());
    }

    /** The API address of a PDF of the campaign, e.g. "list.pdf". */
    public String pdfUrl(String tail) {
        return campaign == null ? "#" : FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath()
                + "/api/v1/evaluation/commitments/" + campaign.id() + "/" + tail;
    }

    /** The API address of a person's form 01. */
    public String formUrl(long personId) {
        return pdfUrl("people/" + personId + "/form.pdf");
    }

    /** When the logged-in person signed, e.g. "09:15 ngày 15/01/2025" (empty when not signed). */
    public String getOwnSignedAt() {
        return own == null || own.signedAt() == null ? "" : SIGNED_AT.format(own.signedAt());
    }

    private static Long number(String text) {
        try {
            return text == null || text.isBlank() ? null : Long.valueOf(text.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String failure(FacesContext faces, RuntimeException e) {
        Throwable t = e;
        while (t != null) {
            if (t instanceof CommitmentException rejected) {
                return rejected.getMessage();
            }
            if (t instanceof IllegalArgumentException invalid) {
                return invalid.getMessage();
            }
            t = t.getCause();
        }
        return Texts.get(faces, "evaluation_commitments.message.failed");
    }

    private static void message(FacesContext faces, FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return IntStream.rangeClosed(Math.max(FIRST_YEAR, now - 4), now + 1).boxed().toList();
    }

    public List<UnitView> getUnitOptions() { return unitOptions; }
    public CampaignView getCampaign() { return campaign; }
    public List<CommitmentRow> getRows() { return rows; }
    public long getSignedCount() { return signedCount; }
    public long getNotSignedCount() { return notSignedCount; }
    public long getDeferredCount() { return deferredCount; }
    public long getSupplementaryCount() { return supplementaryCount; }
    public boolean isOfficer() { return officer; }
    public boolean isReader() { return reader; }
    public boolean isHasPerson() { return ownPersonId != null; }
    public CommitmentRow getOwn() { return own; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public String getFocusItems() { return focusItems; }
    public void setFocusItems(String focusItems) { this.focusItems = focusItems; }
}
