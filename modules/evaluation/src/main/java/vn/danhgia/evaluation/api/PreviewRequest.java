package vn.danhgia.evaluation.api;

import java.util.List;

/**
 * A sheet and the facts of the quarter to preview (RULES.md PRO-3..PRO-8). Unknown facts are null:
 * they fail their condition with a "chưa có thông tin" finding, never a guess.
 *
 * @param form                       "03", "04" or "05" (PRO-3)
 * @param scores                     one per criterion of the form
 * @param quarter                    1..4, optional: only names the months in messages ("tháng 8")
 * @param monthlyRatings             the quarter's monthly ratings in month order: HTXS, HTT, HT, KHT; null
 *                                   element = unknown month; fewer than 3 = the missing months are unknown
 * @param disciplineInForce          serving a party or government disciplinary measure (null = unknown)
 * @param disciplineDescription      optional text for the message
 * @param underInspection            under inspection (null = unknown)
 * @param violationFoundByInspection a violation found by an inspection conclusion (null = unknown)
 * @param unitCondition              PRO-6, form 03 only (null = unknown); ignored for forms 04/05
 * @param absenceWorkingDays         working days absent in the quarter (maternity, sick, unpaid, annual
 *                                   leave, summer break); null = 0
 */
public record PreviewRequest(String form, List<PreviewScore> scores, Integer quarter, List<String> monthlyRatings,
                             Boolean disciplineInForce, String disciplineDescription, Boolean underInspection,
                             Boolean violationFoundByInspection, PreviewUnitCondition unitCondition,
                             Integer absenceWorkingDays) {
}
