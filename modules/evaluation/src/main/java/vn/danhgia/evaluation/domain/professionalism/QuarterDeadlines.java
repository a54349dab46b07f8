package vn.danhgia.evaluation.domain.professionalism;

import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The quarterly timeline (RULES.md PRO-11): days of the quarter's last month for self-assessment,
 * the evaluator, the unit summary (form 06) and the focal bodies (form 07), and the day of the next
 * quarter's first month by which results are published. A day beyond the month's length means its
 * last day.
 */
public record QuarterDeadlines(int selfAssessmentDay, int evaluatorDay, int unitSummaryDay, int focalBodyDay,
                               int publicationDayOfNextQuarter) {

    public QuarterDeadlines {
        for (int day : new int[] {selfAssessmentDay, evaluatorDay, unitSummaryDay, focalBodyDay,
                publicationDayOfNextQuarter}) {
            if (day < 1 || day > 31) {
                throw new IllegalArgumentException("deadlines: day " + day + " outside 1..31");
            }
        }
        if (selfAssessmentDay > evaluatorDay || evaluatorDay > unitSummaryDay || unitSummaryDay > focalBodyDay) {
            throw new IllegalArgumentException("deadlines: the steps must be in order");
        }
    }

    /** The dates of a quarter (1..4) of a year; e.g. Q3 2023 → 25/9, 27/9, 28/9, 30/9 and 3/10/2023. */
    public Schedule forQuarter(int year, int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter must be 1..4, got " + quarter);
        }
        YearMonth last = YearMonth.of(year, quarter * 3);
        YearMonth next = last.plusMonths(1);
        return new Schedule(day(last, selfAssessmentDay), day(last, evaluatorDay), day(last, unitSummaryDay),
                day(last, focalBodyDay), day(next, publicationDayOfNextQuarter));
    }

    private static LocalDate day(YearMonth month, int day) {
        return month.atDay(Math.min(day, month.lengthOfMonth()));
    }

    /** The deadlines of one quarter, in the order of the steps of PRO-11. */
    public record Schedule(LocalDate selfAssessment, LocalDate evaluator, LocalDate unitSummary,
                           LocalDate focalBody, LocalDate publication) {
    }
}
