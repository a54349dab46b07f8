package vn.danhgia.evaluation.api.quarter;

import jakarta.ejb.Local;

/**
 * The official PDF forms of the quarterly cycle (RULES.md PUB-1, Decree 30/2020 layout): the individual sheet
 * (03/04/05) with scores and ruling, the unit summary (06), the block aggregate (07) and the result notice. Visibility
 * as in {@link QuarterFacade} (PUB-3).
 */
@Local
public interface QuarterFormsFacade {

    byte[] sheetPdf(long sheetId, Viewer viewer);

    byte[] unitSummaryPdf(long quarterId, long unitId, Viewer viewer);

    /** {@code focalUnitId} null = the whole district. */
    byte[] blockReportPdf(long quarterId, Long focalUnitId, Viewer viewer);

    byte[] noticePdf(long quarterId, Long focalUnitId, Long unitId, Viewer viewer);
}
