package vn.danhgia.evaluation.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.danhgia.evaluation.api.commitment.CampaignOpening;
import vn.danhgia.evaluation.api.commitment.CampaignView;
import vn.danhgia.evaluation.api.commitment.CommitmentException;
import vn.danhgia.evaluation.api.commitment.CommitmentException.Kind;
import vn.danhgia.evaluation.api.commitment.CommitmentFacade;
import vn.danhgia.evaluation.api.commitment.CommitmentRow;
import vn.danhgia.evaluation.api.commitment.CommitmentStatus;
import vn.danhgia.evaluation.api.commitment.UnitCommitments;
import vn.danhgia.evaluation.domain.commitment.CampaignDeadline;
import vn.danhgia.evaluation.domain.commitment.CommitmentRules;
import vn.danhgia.evaluation.domain.commitment.CommitmentState;
import vn.danhgia.evaluation.domain.commitment.DeferralCheck;
import vn.danhgia.evaluation.domain.commitment.Leave;
import vn.danhgia.evaluation.domain.commitment.SigningDecision;
import vn.danhgia.evaluation.domain.professionalism.CommitmentRule.Dated;
import vn.danhgia.evaluation.domain.professionalism.CommitmentRule.Group;
import vn.danhgia.evaluation.domain.professionalism.ProRulePack;
import vn.danhgia.evaluation.infrastructure.DefaultRulePacks;
import vn.danhgia.evaluation.infrastructure.commitment.CampaignRecord;
import vn.danhgia.evaluation.infrastructure.commitment.CommitmentRecord;
import vn.danhgia.evaluation.infrastructure.commitment.CommitmentReports;
import vn.danhgia.evaluation.infrastructure.commitment.Commitments;
import vn.danhgia.organization.api.Block;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitView;
import vn.danhgia.organization.api.people.AbsenceFacade;
import vn.danhgia.organization.api.people.AbsenceFacade.AbsencePeriod;
import vn.danhgia.organization.api.people.PersonDetail;
import vn.danhgia.organization.api.people.PersonFacade;
import vn.danhgia.organization.api.people.PersonPage;
import vn.danhgia.organization.api.people.PersonQuery;
import vn.danhgia.organization.api.people.PersonSummary;
import vn.danhgia.platform.audit.AuditAction;
import vn.danhgia.platform.audit.AuditLog;
import vn.danhgia.platform.security.UserAccounts;

/**
 * Yearly commitments (RULES.md PRO-1, forms 01 and 02) with the PRO rule pack shipped with the module (RP-1): one
 * campaign per unit and year, final signatures with their explanation (RP-2, PUB-2), the publication of the unit list.
 * Each public method is one use case and its transaction. Dates are Vietnamese calendar days: "now" is read in
 * Asia/Ho_Chi_Minh, whatever the server's zone, so a signature at 23:30 on 20/01 is on time.
 */
@Stateless
public class CommitmentService implements CommitmentFacade {

    static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int FOCUS_MAX = 4000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy");

    @Inject
    private Commitments commitments;

    @Inject
    private CommitmentReports reports;

    @Inject
    private PersonFacade people;

    @Inject
    private AbsenceFacade absences;

    @Inject
    private UnitFacade units;

    @EJB
    private UserAccounts accounts;

    @EJB
    private AuditLog auditLog;

    private final ProRulePack pack = DefaultRulePacks.pro();
    private final CommitmentRules rules = new CommitmentRules(pack.commitment(), pack.ref());

    @Override
    public CampaignOpening open(long unitId, int year, String by) {
        LocalDate today = today();
        int firstYear = pack.effectiveFrom().getYear();
        if (year < firstYear || year > today.getYear() + 1) {
            throw new CommitmentException(Kind.INVALID, "INVALID_YEAR", "Chỉ mở được đợt ký cam kết từ năm "
                    + firstYear + " (bộ quy tắc " + pack.ref() + " áp dụng từ " + DAY.format(pack.effectiveFrom())
                    + ") đến năm " + (today.getYear() + 1) + "; nhận được năm " + year + ".");
        }
        Optional<CampaignRecord> existing = commitments.campaign(unitId, year);
        if (existing.isPresent()) {
            return new CampaignOpening(view(existing.get()), false);
        }
        UnitView unit = unitOfYear(unitId, year).orElseThrow(() -> new CommitmentException(Kind.NOT_FOUND,
                "UNIT_NOT_FOUND", "Không có đơn vị mã số " + unitId + " trong năm " + year + "."));
        Group group = CommitmentRules.groupOf(unit.block() == Block.SCHOOL || unit.kind() != null && unit.kind().isSchool());
        CampaignDeadline deadline = rules.deadline(year, group, today);
        if (unitAt(unitId, deadline.signBy()).isEmpty()) {
            throw new CommitmentException(Kind.INVALID, "UNIT_NOT_VALID", unit.name() + " không có hiệu lực vào hạn ký"
                    + " cam kết " + DAY.format(deadline.signBy()) + " nên không mở được đợt ký cam kết năm " + year
                    + " của đơn vị này.");
        }
        CampaignRecord campaign = new CampaignRecord(unitId, year, group.name(), deadline.signBy(),
                deadline.publishBy(), deadline.override(), pack.code(), pack.version(), deadline.finding().message(),
                now(), by);
        try {
            commitments.insert(campaign);
            commitments.flush();
        } catch (PersistenceException e) {
            throw new CommitmentException(Kind.CONFLICT, "CONCURRENT_CHANGE", "Đợt ký cam kết năm " + year + " của "
                    + unit.name() + " vừa được người khác mở; hãy tải lại trang.");
        }
        auditLog.record(by, AuditAction.DATA_CHANGED, "eva_commitment_campaign " + campaign.getId(),
                "Mở đợt ký cam kết năm " + year + " của " + unit.name() + " (đơn vị " + unitId + "): "
                        + deadline.finding().message());
        return new CampaignOpening(view(campaign, unit), true);
    }

    @Override
    public Optional<CampaignView> campaign(long unitId, int year) {
        return commitments.campaign(unitId, year).map(this::view);
    }

    @Override
    public Optional<CampaignView> campaign(long campaignId) {
        return commitments.campaign(campaignId).map(this::view);
    }

    @Override
    public UnitCommitments unitList(long campaignId) {
        CampaignRecord c = campaignOrFail(commitments.campaign(campaignId), campaignId);
        LocalDate signBy = c.getSignBy();
        LocalDate today = today();
        Map<Long, CommitmentRecord> signed = new LinkedHashMap<>();
        commitments.commitments(campaignId).forEach(r -> signed.put(r.getPersonId(), r));

        List<PersonSummary> members = members(c.getUnitId(), signBy);
        List<Long> unsigned = members.stream().map(PersonSummary::id).filter(id -> !signed.containsKey(id)).toList();
        Map<Long, List<Leave>> leaves = new HashMap<>();
        for (AbsencePeriod a : absences.absencesOverlapping(unsigned, signBy.minusYears(1), signBy.plusYears(1))) {
            leaves.computeIfAbsent(a.personId(), k -> new ArrayList<>())
                    .add(new Leave(a.kind(), a.startDate(), a.endDate()));
        }

        List<CommitmentRow> rows = new ArrayList<>();
        Set<Long> listed = new LinkedHashSet<>();
        for (PersonSummary p : members) {
            listed.add(p.id());
            CommitmentRecord r = signed.get(p.id());
            if (r != null) {
                rows.add(signedRow(p.id(), p.staffCode(), p.fullName(), p.positionTitle(), r));
                continue;
            }
            DeferralCheck deferral = rules.deferral(leaves.getOrDefault(p.id(), List.of()), signBy);
            boolean deferred = CommitmentRules.unsignedState(deferral) == CommitmentState.DEFERRED;
            rows.add(new CommitmentRow(p.id(), p.staffCode(), p.fullName(), p.positionTitle(),
                    deferred ? CommitmentStatus.DEFERRED : CommitmentStatus.NOT_SIGNED,
                    !deferred && today.isAfter(signBy), null, null, false, deferred, deferral.reason(), false, null,
                    deferral.finding().message()));
        }
        // people who joined the unit after the sign-by date and signed there
        for (CommitmentRecord r : signed.values()) {
            if (listed.contains(r.getPersonId())) {
                continue;
            }
            PersonDetail p = people.detail(r.getPersonId()).orElse(null);
            rows.add(signedRow(r.getPersonId(), p == null ? null : p.staffCode(),
                    p == null ? "#" + r.getPersonId() : p.fullName(),
                    p == null ? null : positionIn(p, c.getUnitId(), r.getSignedAt().toLocalDate()), r));
        }
        return new UnitCommitments(view(c), rows);
    }

    @Override
    public CommitmentRow sign(long campaignId, Long personId, String focusItems, String by) {
        Long own = accounts.personIdOf(by).orElseThrow(() -> new CommitmentException(Kind.FORBIDDEN, "NO_PERSON",
                "Tài khoản " + by + " chưa được gắn với hồ sơ cán bộ nào nên không ký cam kết được; hãy đề nghị quản"
                        + " trị viên gắn tài khoản với hồ sơ của bạn."));
        if (personId != null && !personId.equals(own)) {
            throw new CommitmentException(Kind.FORBIDDEN, "NOT_OWN_COMMITMENT", "Mỗi người tự ký bản cam kết của"
                    + " mình: tài khoản " + by + " không được ký thay người khác.");
        }
        String focus = focusItems == null || focusItems.isBlank() ? null : focusItems.strip();
        if (focus != null && focus.length() > FOCUS_MAX) {
            throw new CommitmentException(Kind.INVALID, "FOCUS_TOO_LONG", "Nội dung trọng tâm thực hiện dài "
                    + focus.length() + " ký tự; tối đa " + FOCUS_MAX + " ký tự.");
        }
        CampaignRecord c = campaignOrFail(commitments.campaignForUpdate(campaignId), campaignId);
        PersonDetail person = people.detail(own).orElseThrow(() -> new CommitmentException(Kind.NOT_FOUND,
                "PERSON_NOT_FOUND", "Không tìm thấy hồ sơ cán bộ gắn với tài khoản " + by + "."));
        LocalDateTime now = now();
        String position = positionIn(person, c.getUnitId(), c.getSignBy());
        if (position == null) {
            position = positionIn(person, c.getUnitId(), now.toLocalDate());
        }
        if (position == null) {
            throw new CommitmentException(Kind.FORBIDDEN, "NOT_OF_UNIT", person.fullName() + " không thuộc "
                    + unitName(c) + " vào hạn ký " + DAY.format(c.getSignBy()) + " cũng như hôm nay, nên không ký"
                    + " cam kết trong danh sách của đơn vị này.");
        }
        Optional<CommitmentRecord> before = commitments.commitment(campaignId, own);
        if (before.isPresent()) {
            throw alreadySigned(c, before.get());
        }
        List<Leave> leaves = person.absences().stream()
                .map(a -> new Leave(a.kind(), a.startDate(), a.endDate())).toList();
        DeferralCheck deferral = rules.deferral(leaves, c.getSignBy());
        SigningDecision decision = rules.decide(now, c.getSignBy(), deferral, c.getPublishedAt());
        CommitmentRecord record = new CommitmentRecord(campaignId, own, focus, now, by, decision.late(),
                decision.deferred(), decision.deferralReason(), decision.supplementary(), decision.explanation());
        try {
            commitments.insert(record);
            commitments.flush();
        } catch (PersistenceException e) {
            throw new CommitmentException(Kind.CONFLICT, "ALREADY_SIGNED", "Bạn vừa ký cam kết năm " + c.getYear()
                    + " (ở một cửa sổ khác); bản cam kết đã ký không sửa được.");
        }
        auditLog.record(by, AuditAction.DATA_CHANGED, "eva_commitment " + record.getId(),
                "Ký cam kết năm " + c.getYear() + " của " + person.fullName() + " (người " + own + ", đợt "
                        + campaignId + "): " + decision.explanation());
        return signedRow(own, person.staffCode(), person.fullName(), position, record);
    }

    @Override
    public CampaignView publish(long campaignId, Long expectedVersion, String by) {
        CampaignRecord c = campaignOrFail(commitments.campaignForUpdate(campaignId), campaignId);
        if (c.getPublishedAt() != null) {
            return view(c);
        }
        if (expectedVersion != null && expectedVersion != c.getVersion()) {
            throw new CommitmentException(Kind.CONFLICT, "CONCURRENT_CHANGE", "Đợt ký cam kết vừa được người khác"
                    + " thay đổi; hãy tải lại trang rồi công khai lại.");
        }
        LocalDateTime now = now();
        c.publish(now, by);
        commitments.flush();
        boolean late = CommitmentRules.publishedLate(now, c.getPublishBy());
        auditLog.record(by, AuditAction.DATA_CHANGED, "eva_commitment_campaign " + campaignId,
                "Công khai danh sách ký cam kết năm " + c.getYear() + " của " + unitName(c)
                        + (late ? " — sau hạn công khai " + DAY.format(c.getPublishBy()) : ""));
        return view(c);
    }

    @Override
    public byte[] formPdf(long campaignId, long personId) {
        UnitCommitments list = unitList(campaignId);
        CommitmentRow row = list.rows().stream().filter(r -> r.personId() == personId && r.signed()).findFirst()
                .orElseThrow(() -> new CommitmentException(Kind.NOT_FOUND, "NOT_SIGNED", "Người này chưa ký cam kết"
                        + " năm " + list.campaign().year() + " của " + list.campaign().unitName() + "."));
        return reports.form(list.campaign(), heading(list.campaign()), row, pack.legalBasis(), pack.title());
    }

    @Override
    public byte[] listPdf(long campaignId, boolean supplementary) {
        UnitCommitments list = unitList(campaignId);
        CampaignView c = list.campaign();
        LocalDate date = c.published() ? c.publishedAt().toLocalDate() : today();
        CommitmentReports.Signer signer = units.headsOf(List.of(c.unitId()), date).stream().findFirst()
                .map(h -> new CommitmentReports.Signer(h.positionTitle(), h.fullName())).orElse(null);
        return reports.list(list, heading(c), signer, supplementary, today());
    }

    // ------------------------------------------------------------------------------------------------ helpers

    private CommitmentRow signedRow(long personId, String staffCode, String fullName, String position,
                                    CommitmentRecord r) {
        return new CommitmentRow(personId, staffCode, fullName, position, CommitmentStatus.SIGNED, false,
                r.getSignedAt(), r.getSignedBy(), r.isLate(), r.isDeferred(), r.getDeferralReason(),
                r.isSupplementary(), r.getFocusItems(), r.getExplanation());
    }

    /** The primary members of the unit on the date, by name. */
    private List<PersonSummary> members(long unitId, LocalDate date) {
        List<PersonSummary> members = new ArrayList<>();
        for (int first = 0; ; first += PersonQuery.MAX_PAGE_SIZE) {
            PersonPage page = people.search(new PersonQuery(null, unitId, null, null, date,
                    PersonQuery.SortField.FULL_NAME, true, first, PersonQuery.MAX_PAGE_SIZE));
            members.addAll(page.items());
            if (page.items().size() < PersonQuery.MAX_PAGE_SIZE || first + PersonQuery.MAX_PAGE_SIZE >= page.total()) {
                return members;
            }
        }
    }

    /** The position of the person's primary membership of the unit on the date, or null when there is none. */
    private static String positionIn(PersonDetail person, long unitId, LocalDate date) {
        return person.memberships().stream()
                .filter(m -> m.unitId() == unitId && "PRIMARY".equals(m.kind()) && !m.validFrom().isAfter(date)
                        && (m.validTo() == null || m.validTo().isAfter(date)))
                .map(m -> m.positionTitle() == null ? "" : m.positionTitle())
                .findFirst().orElse(null);
    }

    private Optional<UnitView> unitAt(long unitId, LocalDate date) {
        return units.unitsAsOf(date).stream().filter(u -> u.id() == unitId).findFirst();
    }

    /** The unit as it was on one of the year's deadlines, or at the end of the year. */
    private Optional<UnitView> unitOfYear(long unitId, int year) {
        Set<LocalDate> dates = new LinkedHashSet<>();
        for (Group g : Group.values()) {
            pack.commitment().deadlines(year, g).stream().map(Dated::signBy).forEach(dates::add);
        }
        dates.add(LocalDate.of(year, 12, 31));
        for (LocalDate date : dates) {
            Optional<UnitView> unit = unitAt(unitId, date);
            if (unit.isPresent()) {
                return unit;
            }
        }
        return Optional.empty();
    }

    private String unitName(CampaignRecord c) {
        return unitAt(c.getUnitId(), c.getSignBy()).map(UnitView::name).orElse("đơn vị " + c.getUnitId());
    }

    private CommitmentReports.UnitHeading heading(CampaignView c) {
        UnitView unit = unitAt(c.unitId(), c.signBy()).orElse(null);
        return new CommitmentReports.UnitHeading(unit == null ? c.unitName() : unit.name(),
                unit == null ? null : unit.parentName());
    }

    private CampaignView view(CampaignRecord c) {
        return view(c, unitAt(c.getUnitId(), c.getSignBy()).orElse(null));
    }

    private static CampaignView view(CampaignRecord c, UnitView unit) {
        return new CampaignView(c.getId(), c.getUnitId(), unit == null ? "đơn vị " + c.getUnitId() : unit.name(),
                c.getYear(), c.getUnitGroup(), c.getSignBy(), c.getPublishBy(), c.isDeadlineOverride(),
                c.getRulePack(), c.getRulePackVersion(), c.getExplanation(), c.getOpenedAt(), c.getOpenedBy(),
                c.getPublishedAt(), c.getPublishedBy(), CommitmentRules.publishedLate(c.getPublishedAt(),
                c.getPublishBy()), c.getVersion());
    }

    private static CampaignRecord campaignOrFail(Optional<CampaignRecord> campaign, long campaignId) {
        return campaign.orElseThrow(() -> new CommitmentException(Kind.NOT_FOUND, "CAMPAIGN_NOT_FOUND",
                "Không có đợt ký cam kết mã số " + campaignId + "."));
    }

    private static CommitmentException alreadySigned(CampaignRecord c, CommitmentRecord r) {
        return new CommitmentException(Kind.CONFLICT, "ALREADY_SIGNED", "Bạn đã ký cam kết năm " + c.getYear()
                + " lúc " + TIME.format(r.getSignedAt()) + "; bản cam kết đã ký không sửa được.");
    }

    /** To the microsecond, as DATETIME(6) keeps it: what is returned is what is read back later. */
    private static LocalDateTime now() {
        return LocalDateTime.now(VIETNAM).truncatedTo(ChronoUnit.MICROS);
    }

    private static LocalDate today() {
        return LocalDate.now(VIETNAM);
    }
}
