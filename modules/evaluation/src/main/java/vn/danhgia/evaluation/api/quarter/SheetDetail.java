package vn.danhgia.evaluation.api.quarter;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.danhgia.platform.rules.Finding;

/**
 * A person's sheet of a quarter (forms 03/04/05): criteria with the self and evaluator scores, the monthly ratings of
 * the quarter beside it (PRO-5), the deputy's comment (form 05), every ruling revision (PUB-2) and what the viewer may
 * do now.
 */
public record SheetDetail(SheetRow row, QuarterView quarter, long version, String formTitle, String formExplanation,
                          String criteriaNote, List<CriterionLine> criteria, List<MonthLevel> months,
                          LocalDateTime selfAt, String commentText, String commentBy, LocalDateTime commentAt,
                          String scoredBy, LocalDateTime scoredAt, BigDecimal selfTotal, BigDecimal scoreTotal,
                          List<RulingVersion> rulings, boolean canSelfAssess, boolean canComment, boolean canScore,
                          boolean canAdjust) {

    /** One criterion of the form with the scores given so far (null = not given). */
    public record CriterionLine(int number, String group, String text, boolean mandatory, BigDecimal selfScore,
                                BigDecimal score) {
    }

    /** The current monthly rating of one month of the quarter (null level = not rated). */
    public record MonthLevel(int year, int month, String level) {
    }

    /** One revision of the ruling: a run of the rules or an adjustment (PRO-10) with who, when and why. */
    public record RulingVersion(int revision, String kind, String outcome, BigDecimal total, List<Finding> findings,
                                String rulePack, LocalDateTime createdAt, String createdBy, String decidedBy,
                                String reason, boolean current) {
    }

    public RulingVersion currentRuling() {
        return rulings.stream().filter(RulingVersion::current).findFirst().orElse(null);
    }

    /** The deadline of the self-assessment, for messages. */
    public LocalDate selfDue() {
        return quarter.selfDue();
    }
}
