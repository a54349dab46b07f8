package vn.danhgia.evaluation.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.evaluation.api.monthly.MonthlyEntry;
import vn.danhgia.evaluation.api.monthly.MonthlyFinding;
import vn.danhgia.evaluation.api.monthly.MonthlyLevelOfMonth;
import vn.danhgia.evaluation.api.monthly.MonthlyPreview;
import vn.danhgia.evaluation.api.monthly.MonthlyRatingFacade;
import vn.danhgia.evaluation.api.monthly.MonthlyRatingRow;
import vn.danhgia.evaluation.api.monthly.MonthlySaveResult;
import vn.danhgia.evaluation.api.monthly.MonthlySaveResult.EntryError;
import vn.danhgia.evaluation.domain.monthly.MonRulePack;
import vn.danhgia.evaluation.domain.monthly.MonthlyLevel;
import vn.danhgia.evaluation.infrastructure.DefaultRulePacks;
import vn.danhgia.evaluation.domain.monthly.MonthlyEntryRules;
import vn.danhgia.evaluation.domain.monthly.MonthlyEntryRules.Current;
import vn.danhgia.evaluation.domain.monthly.MonthlyEntryRules.Decision;
import vn.danhgia.evaluation.domain.monthly.MonthlyEntryRules.Derived;
import vn.danhgia.evaluation.infrastructure.monthly.MonthlyRatingRecord;
import vn.danhgia.evaluation.infrastructure.monthly.MonthlyRatings;
import vn.danhgia.organization.api.people.PersonFacade;
import vn.danhgia.organization.api.people.PersonPage;
import vn.danhgia.organization.api.people.PersonQuery;
import vn.danhgia.organization.api.people.PersonSummary;
import vn.danhgia.platform.audit.AuditAction;
import vn.danhgia.platform.audit.AuditLog;
import vn.danhgia.platform.rules.Finding;

/**
 * Monthly ratings (RULES.md MON-1, MON-2) with the MON rule pack shipped with the module (RP-1), each level's
 * explanation (RP-2) and insert-only revisions (PUB-2). {@link #save} is the transaction: all entries or none.
 */
@Stateless
public class MonthlyRatingService implements MonthlyRatingFacade {

    private static final int REASON_MAX = 500;

    @Inject
    private MonthlyRatings ratings;

    @Inject
    private PersonFacade people;

    @EJB
    private AuditLog auditLog;

    private final MonRulePack pack = DefaultRulePacks.mon();

    @Override
    public List<MonthlyRatingRow> unitMonth(long unitId, int year, int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("Tháng phải từ 1 đến 12; nhận được " + month + ".");
        }
        LocalDate lastDay = YearMonth.of(year, month).atEndOfMonth();
        List<PersonSummary> members = new ArrayList<>();
        for (int first = 0; ; first += PersonQuery.MAX_PAGE_SIZE) {
            PersonPage page = people.search(new PersonQuery(null, unitId, null, null, lastDay,
                    PersonQuery.SortField.FULL_NAME, true, first, PersonQuery.MAX_PAGE_SIZE));
            members.addAll(page.items());
            if (page.items().size() < PersonQuery.MAX_PAGE_SIZE || first + PersonQuery.MAX_PAGE_SIZE >= page.total()) {
                break;
            }
        }
        Map<Long, MonthlyRatingRecord> current = ratings.current(members.stream().map(PersonSummary::id).toList(),
                year, month);
        List<MonthlyRatingRow> rows = new ArrayList<>(members.size());
        for (PersonSummary p : members) {
            MonthlyRatingRecord r = current.get(p.id());
            rows.add(r == null
                    ? new MonthlyRatingRow(p.id(), p.staffCode(), p.fullName(), p.positionTitle(), null, null, 0, null,
                            false, null, null, null, null, null)
                    : new MonthlyRatingRow(p.id(), p.staffCode(), p.fullName(), p.positionTitle(), r.getRevision(),
                            r.getScore(), r.getConductViolations(), r.getLevel(), r.isEnteredDirectly(),
                            r.getExplanation(), r.getRulePack(), r.getCreatedAt(), r.getCreatedBy(), r.getReason()));
        }
        return rows;
    }

    @Override
    public MonthlySaveResult save(int year, int month, List<MonthlyEntry> entries, String by, String reason) {
        List<EntryError> errors = new ArrayList<>();
        MonthlyEntryRules.periodProblem(year, month, pack).ifPresent(p -> errors.add(new EntryError(null, p)));
        if (entries == null || entries.isEmpty()) {
            errors.add(new EntryError(null, "Danh sách xếp loại trống."));
        }
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > REASON_MAX) {
            errors.add(new EntryError(null, "Lý do dài quá " + REASON_MAX + " ký tự."));
        }
        if (!errors.isEmpty()) {
            return refused(errors);
        }

        // 1. check every entry; nothing is read or written for a request with a wrong entry
        Map<Long, Integer> lines = new LinkedHashMap<>();
        entries.stream().filter(e -> e != null).forEach(e -> lines.merge(e.personId(), 1, Integer::sum));
        lines.forEach((personId, n) -> {
            if (n > 1) {
                errors.add(new EntryError(personId, "Người này có " + n + " dòng trong danh sách; mỗi người chỉ một dòng."));
            }
        });
        Map<Long, Derived> derived = new LinkedHashMap<>();
        for (MonthlyEntry entry : entries) {
            List<String> problems = MonthlyEntryRules.problems(entry, pack);
            Long personId = entry == null ? null : entry.personId();
            problems.forEach(p -> errors.add(new EntryError(personId, p)));
            if (problems.isEmpty() && lines.get(personId) == 1) {
                derived.put(personId, MonthlyEntryRules.derive(entry, pack));
            }
        }
        if (!errors.isEmpty()) {
            return refused(errors);
        }

        // 2. compare with the current ratings
        Map<Long, MonthlyRatingRecord> current = ratings.current(derived.keySet(), year, month);
        Map<Long, Decision> decisions = new LinkedHashMap<>();
        for (MonthlyEntry entry : entries) {
            MonthlyRatingRecord now = current.get(entry.personId());
            Integer base = entry.baseRevision();
            int nowRevision = now == null ? 0 : now.getRevision();
            if (base != null && base != nowRevision) {
                errors.add(new EntryError(entry.personId(), "Xếp loại tháng này vừa được người khác lưu (lần "
                        + nowRevision + "); hãy tải lại danh sách rồi nhập lại."));
                continue;
            }
            Decision decision = MonthlyEntryRules.decide(now == null ? null : currentOf(now), derived.get(entry.personId()));
            if (decision == Decision.CORRECTION && why == null) {
                errors.add(new EntryError(entry.personId(), "Đã có xếp loại tháng " + month + "/" + year + " (lần "
                        + nowRevision + "); sửa xếp loại cần ghi lý do."));
            }
            decisions.put(entry.personId(), decision);
        }
        if (!errors.isEmpty()) {
            return refused(errors);
        }

        // 3. write new revisions only; the earlier rows stay (PUB-2)
        LocalDateTime now = LocalDateTime.now();
        int saved = 0;
        StringBuilder detail = new StringBuilder();
        for (Map.Entry<Long, Decision> d : decisions.entrySet()) {
            if (d.getValue() == Decision.UNCHANGED) {
                continue;
            }
            long personId = d.getKey();
            Derived x = derived.get(personId);
            MonthlyRatingRecord before = current.get(personId);
            int revision = before == null ? 1 : before.getRevision() + 1;
            ratings.insert(new MonthlyRatingRecord(personId, year, month, x.score(), x.violations(), x.level().name(),
                    x.enteredDirectly(), x.rulePack(), x.explanation(), revision, now, by, why));
            saved++;
            if (detail.length() < 1500) {
                detail.append(detail.length() == 0 ? "" : "; ").append("person ").append(personId).append(" lần ")
                        .append(revision).append(": ").append(x.level());
            }
        }
        if (saved > 0) {
            ratings.flush();
            auditLog.record(by, AuditAction.DATA_CHANGED, "eva_monthly_rating " + month + "/" + year,
                    saved + " xếp loại tháng (" + pack.ref() + ")" + (why == null ? "" : ", lý do: " + why) + " — "
                            + detail);
        }

        // 4. the HTXS share over the people of the list (warning only, MON-2)
        List<MonthlyLevel> levels = derived.values().stream().map(Derived::level).toList();
        List<MonthlyFinding> warnings = new ArrayList<>();
        MonthlyEntryRules.htxsShare(levels, pack).filter(f -> !f.passed()).map(MonthlyRatingService::finding)
                .ifPresent(warnings::add);
        return new MonthlySaveResult(true, saved, decisions.size() - saved, List.of(), warnings);
    }

    @Override
    public List<MonthlyLevelOfMonth> quarterOf(long personId, int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("Quý phải từ 1 đến 4; nhận được " + quarter + ".");
        }
        int firstMonth = (quarter - 1) * 3 + 1;
        Map<Integer, MonthlyRatingRecord> current = ratings.currentOfMonths(personId, year, firstMonth, firstMonth + 2);
        List<MonthlyLevelOfMonth> months = new ArrayList<>(3);
        for (int m = firstMonth; m <= firstMonth + 2; m++) {
            MonthlyRatingRecord r = current.get(m);
            months.add(new MonthlyLevelOfMonth(year, m, r == null ? null : r.getLevel(),
                    r == null ? null : r.getRevision()));
        }
        return months;
    }

    @Override
    public MonthlyPreview preview(int year, int month, MonthlyEntry entry) {
        var period = MonthlyEntryRules.periodProblem(year, month, pack);
        if (period.isPresent()) {
            return new MonthlyPreview(null, null, period.get());
        }
        List<String> problems = MonthlyEntryRules.problems(entry, pack);
        if (!problems.isEmpty()) {
            return new MonthlyPreview(null, null, String.join(" ", problems));
        }
        Derived d = MonthlyEntryRules.derive(entry, pack);
        return new MonthlyPreview(d.level().name(), d.explanation(), null);
    }

    private static Current currentOf(MonthlyRatingRecord r) {
        return new Current(r.getRevision(), r.getScore(), r.getConductViolations(),
                MonthlyLevel.parse(r.getLevel()).orElseThrow(), r.isEnteredDirectly());
    }

    private static MonthlyFinding finding(Finding f) {
        return new MonthlyFinding(f.ruleId(), f.passed(), f.message(), f.facts());
    }

    private static MonthlySaveResult refused(List<EntryError> errors) {
        return new MonthlySaveResult(false, 0, 0, errors, List.of());
    }
}
