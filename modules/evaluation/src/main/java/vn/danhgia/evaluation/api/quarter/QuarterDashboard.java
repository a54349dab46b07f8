package vn.danhgia.evaluation.api.quarter;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;

/**
 * The dashboard of a quarter (see {@link DashboardFacade}): everything counted over the sheets the viewer may see.
 *
 * @param counts the viewer's people of the quarter by outcome (pending = not ruled yet)
 * @param units  one line per unit (ordered by name)
 * @param blocks one line per block (PARTY, GOVERNMENT, SCHOOL; a unit without block under "")
 * @param steps  the steps of the timeline in order (PRO-11)
 * @param totals one distribution per maximum total (forms 04/05 of 30 criteria; form 03 of 45), evaluated sheets only
 */
public record QuarterDashboard(QuarterView quarter, UnitSummary.Counts counts, List<ShareLine> units,
                               List<ShareLine> blocks, List<StepLateness> steps, List<TotalDistribution> totals) {

    /** People of a unit or a block by outcome. {@code key} = the unit id or the block code. */
    public record ShareLine(String key, String name, UnitSummary.Counts counts) {

        /** Professional people per 100 people ruled professional or not (those not evaluated excluded); null if none. */
        public BigDecimal share() {
            int ruled = counts.professional() + counts.notProfessional();
            return ruled == 0 ? null : BigDecimal.valueOf(counts.professional() * 100L)
                    .divide(BigDecimal.valueOf(ruled), 1, RoundingMode.HALF_UP);
        }
    }

    /**
     * One step of the timeline (PRO-11).
     *
     * @param step     a {@link DashboardFacade} step constant
     * @param due      the deadline of the step in the quarter
     * @param expected how many times the step has to be done (people, commenters' sheets, units, focal bodies, 1)
     * @param done     done so far (on time or late)
     * @param late     done after the deadline (accepted and marked late)
     * @param overdue  not done although the deadline has passed
     */
    public record StepLateness(String step, LocalDate due, long expected, long done, long late, long overdue) {
    }

    /**
     * The evaluators' totals of the sheets whose form has the maximum {@code totalMax}, in four buckets: below 90 % of the
     * maximum, up to the passing total, the lower and the upper half of the passing range (for 300: &lt;270, 270–279.5,
     * 280–289.5, 290–300; for 450: &lt;405, 405–419.5, 420–434.5, 435–450).
     *
     * @param forms the form codes with this maximum ("04", "05")
     */
    public record TotalDistribution(List<String> forms, BigDecimal totalMax, List<Bucket> buckets) {
    }

    /** Totals in [{@code from}, {@code to}] (both on the scale; {@code from} null = everything below {@code to}). */
    public record Bucket(BigDecimal from, BigDecimal to, long count) {
    }
}
