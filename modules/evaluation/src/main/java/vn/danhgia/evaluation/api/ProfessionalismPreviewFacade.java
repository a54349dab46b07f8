package vn.danhgia.evaluation.api;

import jakarta.ejb.Local;

/**
 * Previews the quarterly professionalism decision (RULES.md PRO-3..PRO-8) for a filled-in sheet and
 * the facts of the quarter, with the rule pack in force. Saves nothing; anybody signed in may call it.
 */
@Local
public interface ProfessionalismPreviewFacade {

    /**
     * The outcome and its findings. An invalid score is not an error: the answer is
     * {@link ProfessionalismOutcome#INVALID_INPUT} with one finding per problem.
     *
     * @throws PreviewRejectedException when the request cannot be judged at all: unknown form, wrong number
     *                                  of scores, criterion numbers missing, repeated or out of range, unknown
     *                                  monthly rating, more ratings than months, negative absence, quarter not 1..4
     */
    PreviewResult preview(PreviewRequest request);
}
