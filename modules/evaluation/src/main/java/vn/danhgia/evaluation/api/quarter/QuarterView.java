package vn.danhgia.evaluation.api.quarter;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A quarter of a district (RULES.md PRO-2, PRO-11) with its deadlines and state; {@code sheets} = people in it. */
public record QuarterView(long id, long rootUnitId, String rootUnitName, int year, int quarter, String rulePack,
                          LocalDate selfDue, LocalDate evaluatorDue, LocalDate summaryDue, LocalDate focalDue,
                          LocalDate publicationDue, String status, LocalDateTime openedAt, String openedBy,
                          LocalDateTime publishedAt, String publishedBy, boolean publishedLate, long sheets,
                          Long openExecutionId, Long runExecutionId) {

    /** "Quý III năm 2023". */
    public String label() {
        return "Quý " + new String[] {"I", "II", "III", "IV"}[quarter - 1] + " năm " + year;
    }
}
