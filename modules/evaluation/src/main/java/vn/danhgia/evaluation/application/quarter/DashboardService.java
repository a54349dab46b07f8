package vn.danhgia.evaluation.application.quarter;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import vn.danhgia.evaluation.api.quarter.DashboardFacade;
import vn.danhgia.evaluation.api.quarter.EvaluationException;
import vn.danhgia.evaluation.api.quarter.QuarterDashboard;
import vn.danhgia.evaluation.api.quarter.QuarterFacade;
import vn.danhgia.evaluation.api.quarter.QuarterView;
import vn.danhgia.evaluation.api.quarter.UnitSummary;
import vn.danhgia.evaluation.api.quarter.Viewer;
import vn.danhgia.evaluation.domain.professionalism.FormDefinition;
import vn.danhgia.evaluation.domain.professionalism.TotalBands;
import vn.danhgia.evaluation.infrastructure.quarter.DashboardQueries;
import vn.danhgia.evaluation.infrastructure.quarter.DashboardQueries.OutcomeCount;
import vn.danhgia.evaluation.infrastructure.quarter.DashboardQueries.SheetSteps;
import vn.danhgia.evaluation.infrastructure.quarter.DashboardQueries.Submissions;
import vn.danhgia.evaluation.infrastructure.quarter.DashboardQueries.TotalCount;
import vn.danhgia.evaluation.infrastructure.quarter.QuarterRecord;
import vn.danhgia.evaluation.infrastructure.quarter.SheetRecord;
import vn.danhgia.evaluation.infrastructure.quarter.SheetStore;

/**
 * The dashboard of a quarter: a handful of aggregate queries over the sheets the viewer may see — the same condition
 * {@link Access#visible()} gives {@link QuarterFacade#sheets} (PUB-3) — so a district of thousands costs a few grouped
 * reads, never a list of people.
 */
@Stateless
public class DashboardService implements DashboardFacade {

    @Inject
    private DashboardQueries queries;

    @Inject
    private SheetStore store;

    @Inject
    private RulingMaker maker;

    @EJB
    private QuarterFacade quarters;

    @Override
    public QuarterDashboard dashboard(long quarterId, Viewer viewer) {
        QuarterRecord quarter = store.quarter(quarterId)
                .orElseThrow(() -> EvaluationException.notFound("Không có quý mã số " + quarterId + "."));
        QuarterView view = quarters.quarter(quarterId, viewer);
        SheetRecord own = viewer.personId() == null ? null : store.sheetOf(quarterId, viewer.personId()).orElse(null);
        Access.Condition visible = new Access(viewer, own).visible();
        String condition = visible == null ? null : visible.sql();
        Object[] parameters = visible == null ? new Object[0] : visible.parameters().toArray();

        List<OutcomeCount> outcomes = queries.outcomesByUnit(quarterId, condition, parameters);
        Map<String, Tally> units = new LinkedHashMap<>();
        Map<String, Tally> blocks = new TreeMap<>();
        Tally all = new Tally(null);
        for (OutcomeCount c : outcomes) {
            units.computeIfAbsent(Long.toString(c.unitId()), k -> new Tally(c.unitName())).add(c.outcome(), c.count());
            String block = c.block() == null ? "" : c.block();
            blocks.computeIfAbsent(block, k -> new Tally(block)).add(c.outcome(), c.count());
            all.add(c.outcome(), c.count());
        }
        return new QuarterDashboard(view, all.counts(), lines(units), lines(blocks),
                steps(quarter, view, condition, parameters), totals(quarter, condition, parameters));
    }

    private List<QuarterDashboard.StepLateness> steps(QuarterRecord quarter, QuarterView view, String condition,
                                                      Object[] parameters) {
        LocalDate today = LocalDate.now();
        SheetSteps s = queries.sheetSteps(quarter.getId(), condition, parameters);
        Submissions summaries = queries.submissions(quarter.getId(), QuarterService.UNIT_SUMMARY, condition, parameters);
        Submissions blocks = queries.submissions(quarter.getId(), QuarterService.BLOCK_REPORT, condition, parameters);
        boolean published = QuarterRecord.PUBLISHED.equals(view.status());
        List<QuarterDashboard.StepLateness> steps = new ArrayList<>();
        steps.add(step(SELF, view.selfDue(), s.selfDone(), s.selfLate(), s.selfMissing(), today));
        steps.add(step(COMMENT, view.evaluatorDue(), s.commentDone(), s.commentLate(), s.commentMissing(), today));
        steps.add(step(SCORE, view.evaluatorDue(), s.scoreDone(), s.scoreLate(), s.scoreMissing(), today));
        steps.add(step(UNIT_SUMMARY, view.summaryDue(), summaries.sent(), summaries.late(),
                summaries.expected() - summaries.sent(), today));
        steps.add(step(BLOCK_REPORT, view.focalDue(), blocks.sent(), blocks.late(), blocks.expected() - blocks.sent(),
                today));
        steps.add(step(PUBLICATION, view.publicationDue(), published ? 1 : 0, view.publishedLate() ? 1 : 0,
                published ? 0 : 1, today));
        return steps;
    }

    private static QuarterDashboard.StepLateness step(String step, LocalDate due, long done, long late, long missing,
                                                      LocalDate today) {
        return new QuarterDashboard.StepLateness(step, due, done + missing, done, late,
                today.isAfter(due) ? missing : 0);
    }

    /** The evaluators' totals in the bands of each maximum (forms 04/05 of 300, form 03 of 450; PRO-6, PRO-7). */
    private List<QuarterDashboard.TotalDistribution> totals(QuarterRecord quarter, String condition, Object[] parameters) {
        long quarterId = quarter.getId();
        vn.danhgia.evaluation.domain.professionalism.ProRulePack pack = maker.pack(quarter);
        Map<BigDecimal, List<String>> formsByMax = new TreeMap<>();
        Map<BigDecimal, TotalBands> bandsByMax = new TreeMap<>();
        for (FormDefinition form : pack.forms().values()) {
            TotalBands bands = TotalBands.of(form, pack.scale());
            formsByMax.computeIfAbsent(bands.max(), k -> new ArrayList<>()).add(form.code());
            bandsByMax.putIfAbsent(bands.max(), bands);
        }
        Map<BigDecimal, long[]> counts = new TreeMap<>();
        bandsByMax.forEach((max, bands) -> counts.put(max, new long[bands.count()]));
        for (TotalCount t : queries.totals(quarterId, condition, parameters)) {
            pack.form(t.formCode()).map(form -> TotalBands.of(form, pack.scale())).ifPresent(bands ->
                    counts.get(bands.max())[bandsByMax.get(bands.max()).bandOf(t.total())] += t.count());
        }
        List<QuarterDashboard.TotalDistribution> distributions = new ArrayList<>();
        formsByMax.forEach((max, forms) -> {
            TotalBands bands = bandsByMax.get(max);
            List<QuarterDashboard.Bucket> buckets = new ArrayList<>();
            for (int band = 0; band < bands.count(); band++) {
                buckets.add(new QuarterDashboard.Bucket(bands.from(band), bands.to(band), counts.get(max)[band]));
            }
            distributions.add(new QuarterDashboard.TotalDistribution(List.copyOf(forms), max, List.copyOf(buckets)));
        });
        return distributions;
    }

    private static List<QuarterDashboard.ShareLine> lines(Map<String, Tally> tallies) {
        List<QuarterDashboard.ShareLine> lines = new ArrayList<>();
        tallies.forEach((key, t) -> lines.add(new QuarterDashboard.ShareLine(key, t.name, t.counts())));
        return lines;
    }

    /** Counts by outcome as {@link QuarterService#counts} makes them (INVALID_INPUT counts as pending). */
    private static final class Tally {

        private final String name;
        private long total;
        private long professional;
        private long notProfessional;
        private long notEvaluated;
        private long pending;

        Tally(String name) {
            this.name = name;
        }

        void add(String outcome, long count) {
            total += count;
            if (outcome == null || "INVALID_INPUT".equals(outcome)) {
                pending += count;
            } else if ("PROFESSIONAL".equals(outcome)) {
                professional += count;
            } else if ("NOT_EVALUATED".equals(outcome)) {
                notEvaluated += count;
            } else {
                notProfessional += count;
            }
        }

        UnitSummary.Counts counts() {
            return new UnitSummary.Counts((int) total, (int) professional, (int) notProfessional, (int) notEvaluated,
                    (int) pending);
        }
    }
}
