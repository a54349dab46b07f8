package vn.danhgia.evaluation.api.tasks;

import jakarta.ejb.Local;
import vn.danhgia.evaluation.api.quarter.Viewer;

/**
 * Task sheets, "phiếu giao nhiệm vụ" (RULES.md MON-3): tasks assigned in writing by the pack's day of the period
 * (a month; a quarter for unit heads), extra tasks during the period, the person's self-assessment, the authority's
 * conclusion (final: a correction is a new revision, PUB-2). Refusals are
 * {@link vn.danhgia.evaluation.api.quarter.EvaluationException}s with a Vietnamese message (403, 404, 409, 400).
 */
@Local
public interface TaskSheetFacade {

    /** The sheet of the person's period that contains the month (an empty, unsaved view when nothing is assigned). */
    TaskSheetView sheet(Viewer viewer, long personId, int year, int month);

    /**
     * Assigns a task on the person's sheet of the period that contains the month (the sheet is created with its first
     * task). A task assigned after the pack's day is accepted and marked late-assigned.
     *
     * @param sheetVersion the sheet version the viewer saw (null when the sheet did not exist yet)
     */
    TaskSheetView assign(Viewer viewer, long personId, int year, int month, NewTask task, Long sheetVersion);

    /** The person's self-assessment of one task; only the person, and not after the conclusion. */
    TaskSheetView selfAssess(Viewer viewer, SelfAssessment assessment);

    /**
     * The authority's conclusion with the sheet's counts. The first one needs no reason; a later one is a correction:
     * a new revision with a reason, the earlier kept.
     *
     * @param sheetVersion the sheet version the viewer saw
     */
    TaskSheetView conclude(Viewer viewer, long sheetId, String text, String reason, long sheetVersion);
}
