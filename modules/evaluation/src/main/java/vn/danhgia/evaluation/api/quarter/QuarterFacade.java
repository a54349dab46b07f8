package vn.danhgia.evaluation.api.quarter;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.util.List;

/**
 * The quarterly professionalism cycle (RULES.md PRO-2..PRO-12). Every method refuses with an
 * {@link EvaluationException} (Vietnamese message, nothing changed) what the viewer may not do (PUB-3).
 */
@Local
public interface QuarterFacade {

    String OPEN_JOB = "eva-quarter-open";
    String RULINGS_JOB = "eva-quarter-rulings";

    // --- quarters and runs (administrator) ---------------------------------------------------------------

    /** Opens a quarter for a district: records it and starts the batch job that creates every person's sheet. */
    QuarterView open(long rootUnitId, int year, int quarter, Viewer viewer);

    List<QuarterView> quarters(Viewer viewer);

    QuarterView quarter(long quarterId, Viewer viewer);

    /** Starts the rulings run of the quarter (all sheets; unchanged ones are skipped, so re-running is harmless). */
    RunStatus startRun(long quarterId, Viewer viewer);

    /**
     * A drill of the rulings run (administrator): the run fails on purpose after {@code failAfterItems} people, leaving
     * the committed chunks in place — to rehearse (and test) {@link #restartRun}.
     */
    RunStatus startDrill(long quarterId, int failAfterItems, Viewer viewer);

    /** Restarts the failed or stopped last run of the quarter from its last checkpoint. */
    RunStatus restartRun(long quarterId, Viewer viewer);

    /** The last opening or rulings run of the quarter, or null. */
    RunStatus lastRun(long quarterId, String job);

    // --- sheets ------------------------------------------------------------------------------------------

    /** The sheets the viewer may see in the quarter, optionally of one unit, ordered by unit and name. */
    List<SheetRow> sheets(long quarterId, Long unitId, Viewer viewer);

    SheetDetail sheet(long sheetId, Viewer viewer);

    /** The person's own scores (step 1, by the 25th); late ones are accepted and marked late. */
    SheetDetail selfAssess(long sheetId, long version, List<BigDecimal> scores, Viewer viewer);

    /** The direct deputy's comment on a form-05 sheet (PRO-3). */
    SheetDetail comment(long sheetId, long version, String text, Viewer viewer);

    /** The evaluator's scores (step 2, by the 27th): stored, and the ruling is computed and stored at once. */
    SheetDetail score(long sheetId, long version, List<BigDecimal> scores, Viewer viewer);

    /** PRO-10: a district leader's adjustment of the result, recorded as a new ruling revision (the original stays). */
    SheetDetail adjust(long sheetId, String outcome, String decidedBy, String reason, Viewer viewer);

    // --- summaries, publication, rewards -----------------------------------------------------------------

    UnitSummary unitSummary(long quarterId, long unitId, Viewer viewer);

    /** Step 3: the unit sends form 06 to its focal body (once; late marked). */
    UnitSummary submitUnitSummary(long quarterId, long unitId, Viewer viewer);

    /** Form 07 of a focal body; {@code focalUnitId} null = the whole district (Party Organisation Board). */
    BlockReport blockReport(long quarterId, Long focalUnitId, Viewer viewer);

    /** Step 5: the focal body sends form 07 (once; late marked). */
    BlockReport submitBlockReport(long quarterId, long focalUnitId, Viewer viewer);

    /** Step 6: publishes the results (once; late marked when after the 3rd of the next quarter). */
    QuarterView publish(long quarterId, Viewer viewer);

    /**
     * The published results (notice board) of a focal body's block or of a unit; empty before publication. Visible to
     * the people of the units they concern, their evaluators, the focal body and administrators.
     */
    List<SheetRow> notice(long quarterId, Long focalUnitId, Long unitId, Viewer viewer);

    /** PRO-12: proposes a professional person for praise or reward (by their unit head or an HR officer). */
    RewardProposal proposeReward(long sheetId, String reason, Viewer viewer);

    /** The proposals sent to a focal body (null = all the viewer may see). */
    List<RewardProposal> rewards(long quarterId, Long focalUnitId, Viewer viewer);
}
