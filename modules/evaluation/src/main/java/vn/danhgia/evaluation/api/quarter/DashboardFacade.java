package vn.danhgia.evaluation.api.quarter;

import jakarta.ejb.Local;

/**
 * Figures of a quarter for the dashboard (RULES.md PRO-5..PRO-11): the share of professional people by unit and by
 * block, the late and overdue steps of the timeline (PRO-11), and the distribution of the evaluators' totals. Computed
 * by set-based queries over the sheets the viewer may see, exactly those {@link QuarterFacade#sheets} lists (PUB-3).
 */
@Local
public interface DashboardFacade {

    /** Steps of the timeline (PRO-11), in their order. */
    String SELF = "SELF";
    String COMMENT = "COMMENT";
    String SCORE = "SCORE";
    String UNIT_SUMMARY = "UNIT_SUMMARY";
    String BLOCK_REPORT = "BLOCK_REPORT";
    String PUBLICATION = "PUBLICATION";

    /** The quarter's figures over the sheets the viewer may see; refuses an unknown quarter. */
    QuarterDashboard dashboard(long quarterId, Viewer viewer);
}
