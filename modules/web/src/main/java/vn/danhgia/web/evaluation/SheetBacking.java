package vn.danhgia.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import vn.danhgia.evaluation.api.quarter.QuarterFacade;
import vn.danhgia.evaluation.api.quarter.SheetDetail;
import vn.danhgia.web.security.CurrentViewer;

/**
 * Backs {@code /evaluation/sheet.xhtml?id=}: one person's quarterly sheet (forms 03/04/05) — the criteria with the
 * self and evaluator scores (PRO-4 scale as choices), the quarter's monthly ratings beside it (PRO-5), the deputy's
 * comment (form 05), the ruling with every finding (RP-2) and its history (PUB-2), the PRO-10 adjustment and the PDF.
 * What the user may do comes from the facade (PUB-3).
 */
@Named
@ViewScoped
public class SheetBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient QuarterFacade quarters;

    @Inject
    private transient CurrentViewer viewer;

    private Long id;
    private SheetDetail sheet;
    private List<Line> lines = List.of();
    private String comment;
    private String adjustOutcome = "PROFESSIONAL";
    private String adjustDecidedBy;
    private String adjustReason;
    private String rewardReason;

    /** One criterion row with the two editable scores (strings from the PRO-4 choices, null = not given). */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private final SheetDetail.CriterionLine criterion;
        private String self;
        private String score;

        Line(SheetDetail.CriterionLine criterion) {
            this.criterion = criterion;
            this.self = plain(criterion.selfScore());
            this.score = plain(criterion.score());
        }

        public SheetDetail.CriterionLine getCriterion() { return criterion; }
        public String getSelf() { return self; }
        public void setSelf(String self) { this.self = self; }
        public String getScore() { return score; }
        public void setScore(String score) { this.score = score; }
    }

    /** f:viewAction. */
    public void load() {
        if (id == null) {
            return;
        }
        try {
            show(quarters.sheet(id, viewer.get()));
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    public void saveSelf() {
        try {
            show(quarters.selfAssess(id, sheet.version(), values(true), viewer.get()));
            QuarterPageSupport.message(jakarta.faces.application.FacesMessage.SEVERITY_INFO, sheet.row().selfLate() ? "evaluation_sheet.message.selfSavedLate" : "evaluation_sheet.message.selfSaved");
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    public void saveComment() {
        try {
            show(quarters.comment(id, sheet.version(), comment, viewer.get()));
            QuarterPageSupport.message(jakarta.faces.application.FacesMessage.SEVERITY_INFO, "evaluation_sheet.message.commentSaved");
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    public void saveScore() {
        try {
            show(quarters.score(id, sheet.version(), values(false), viewer.get()));
            QuarterPageSupport.message(jakarta.faces.application.FacesMessage.SEVERITY_INFO, "evaluation_sheet.message.scored", QuarterPageSupport.outcome(sheet.currentRuling() == null
                    ? null : sheet.currentRuling().outcome()));
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    public void adjust() {
        try {
            show(quarters.adjust(id, adjustOutcome, adjustDecidedBy, adjustReason, viewer.get()));
            QuarterPageSupport.message(jakarta.faces.application.FacesMessage.SEVERITY_INFO, "evaluation_sheet.message.adjusted");
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    public void proposeReward() {
        try {
            quarters.proposeReward(id, rewardReason, viewer.get());
            QuarterPageSupport.message(jakarta.faces.application.FacesMessage.SEVERITY_INFO, "evaluation_sheet.message.rewardProposed");
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    /** Fills every empty score of the column with 10 (the usual case), to be corrected where needed. */
    public void fillTens(boolean self) {
        for (Line line : lines) {
            if (self && line.self == null) {
                line.self = "10";
            } else if (!self && line.score == null) {
                line.score = line.self == null ? "10" : line.self;
            }
        }
    }

    private List<BigDecimal> values(boolean self) {
        List<BigDecimal> values = new ArrayList<>();
        for (Line line : lines) {
            String v = self ? line.self : line.score;
            values.add(v == null || v.isBlank() ? null : new BigDecimal(v));
        }
        return values;
    }

    private void show(SheetDetail detail) {
        sheet = detail;
        lines = detail.criteria().stream().map(Line::new).toList();
        comment = detail.commentText();
    }

    /** The PRO-4 choices: 10, 9.5, …, 1. */
    public List<String> getScoreChoices() {
        List<String> choices = new ArrayList<>();
        for (int half = 20; half >= 2; half--) {
            choices.add(plain(BigDecimal.valueOf(half).divide(BigDecimal.valueOf(2))));
        }
        return choices;
    }

    public String outcome(String outcome) {
        return QuarterPageSupport.outcome(outcome);
    }

    private static String plain(BigDecimal value) {
        return value == null ? null : value.stripTrailingZeros().toPlainString();
    }

    public Long getId() { return id; }
    public void setId(Long id) { this.id = id; }
    public SheetDetail getSheet() { return sheet; }
    public List<Line> getLines() { return lines; }
    public String getComment() { return comment; }
    public void setComment(String comment) { this.comment = comment; }
    public String getAdjustOutcome() { return adjustOutcome; }
    public void setAdjustOutcome(String adjustOutcome) { this.adjustOutcome = adjustOutcome; }
    public String getAdjustDecidedBy() { return adjustDecidedBy; }
    public void setAdjustDecidedBy(String adjustDecidedBy) { this.adjustDecidedBy = adjustDecidedBy; }
    public String getAdjustReason() { return adjustReason; }
    public void setAdjustReason(String adjustReason) { this.adjustReason = adjustReason; }
    public String getRewardReason() { return rewardReason; }
    public void setRewardReason(String rewardReason) { this.rewardReason = rewardReason; }
}
