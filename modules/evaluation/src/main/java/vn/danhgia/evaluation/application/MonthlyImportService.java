package vn.danhgia.evaluation.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;
import vn.danhgia.evaluation.api.monthly.MonthlyEntry;
import vn.danhgia.evaluation.api.monthly.MonthlyImportError;
import vn.danhgia.evaluation.api.monthly.MonthlyImportFacade;
import vn.danhgia.evaluation.api.monthly.MonthlyImportReport;
import vn.danhgia.evaluation.api.monthly.MonthlyRatingFacade;
import vn.danhgia.evaluation.api.monthly.MonthlyRatingRow;
import vn.danhgia.evaluation.api.monthly.MonthlySaveResult;
import vn.danhgia.evaluation.domain.monthly.MonRulePack;
import vn.danhgia.evaluation.domain.monthly.MonthlyEntryRules;
import vn.danhgia.evaluation.infrastructure.DefaultRulePacks;
import vn.danhgia.evaluation.infrastructure.monthly.MonthlyImportFile;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitView;

/**
 * Monthly ratings of a unit from an .xlsx file (RULES.md MON-1, MON-2): the file is read and checked in full against
 * the unit's people of the month, then saved with {@link MonthlyRatingFacade#save} in the same transaction — one
 * wrong row (in the file or against the stored ratings) and nothing is saved.
 */
@Stateless
public class MonthlyImportService implements MonthlyImportFacade {

    private static final Logger LOG = Logger.getLogger(MonthlyImportService.class.getName());

    @EJB
    private MonthlyRatingFacade ratings;

    @Inject
    private UnitFacade units;

    private final MonRulePack pack = DefaultRulePacks.mon();

    @Override
    public byte[] template(long unitId, int year, int month) {
        checkPeriod(year, month);
        List<MonthlyRatingRow> rows = ratings.unitMonth(unitId, year, month);
        return MonthlyImportFile.template(unitName(unitId, year, month), year, month, rows, pack, MAX_FILE_BYTES,
                MAX_ROWS);
    }

    @Override
    public MonthlyImportReport importFile(long unitId, int year, int month, String fileName, byte[] content, String by,
                                          String reason) {
        String name = fileName == null ? "" : fileName.strip();
        var period = MonthlyEntryRules.periodProblem(year, month, pack);
        if (period.isPresent()) {
            return refused(name, 0, 0, List.of(MonthlyImportError.ofFile(period.get())));
        }
        List<MonthlyRatingRow> rows = ratings.unitMonth(unitId, year, month);
        List<MonthlyImportFile.Person> people = rows.stream()
                .map(r -> new MonthlyImportFile.Person(r.personId(), r.staffCode(), r.fullName())).toList();
        MonthlyImportFile.Parsed parsed = MonthlyImportFile.parse(content, people, pack, MAX_FILE_BYTES, MAX_ROWS);
        if (!parsed.ok()) {
            return refused(name, parsed.total(), parsed.skipped(), parsed.errors());
        }
        List<MonthlyEntry> entries = new ArrayList<>();
        Map<Long, Integer> rowOf = new HashMap<>();
        Map<Long, String> codeOf = new HashMap<>();
        for (MonthlyImportFile.Line line : parsed.lines()) {
            entries.add(line.entry());
            rowOf.put(line.entry().personId(), line.row());
            codeOf.put(line.entry().personId(), line.staffCode());
        }
        MonthlySaveResult result = ratings.save(year, month, entries, by, reason);
        if (!result.saved()) {
            List<MonthlyImportError> errors = result.errors().stream()
                    .map(e -> e.personId() == null || !rowOf.containsKey(e.personId())
                            ? MonthlyImportError.ofFile(e.message())
                            : new MonthlyImportError(rowOf.get(e.personId()), MonthlyImportFile.Column.STAFF_CODE.header(),
                                    codeOf.get(e.personId()), e.message()))
                    .toList();
            return refused(name, parsed.total(), parsed.skipped(), errors);
        }
        LOG.info(() -> "Monthly ratings import of " + name + " (unit " + unitId + ", " + month + "/" + year + ") by "
                + by + ": " + result.savedCount() + " saved, " + result.unchangedCount() + " unchanged");
        return new MonthlyImportReport(true, name, parsed.total(), parsed.skipped(), result.savedCount(),
                result.unchangedCount(), List.of(), result.warnings());
    }

    private String unitName(long unitId, int year, int month) {
        return units.unitsAsOf(YearMonth.of(year, month).atEndOfMonth()).stream().filter(u -> u.id() == unitId)
                .map(UnitView::name).findFirst().orElse("đơn vị " + unitId);
    }

    private void checkPeriod(int year, int month) {
        MonthlyEntryRules.periodProblem(year, month, pack).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
    }

    private static MonthlyImportReport refused(String name, int total, int skipped, List<MonthlyImportError> errors) {
        return new MonthlyImportReport(false, name, total, skipped, 0, 0, errors, List.of());
    }
}
