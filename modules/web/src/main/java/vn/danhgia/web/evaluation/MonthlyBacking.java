package vn.danhgia.web.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import vn.danhgia.evaluation.api.monthly.MonthlyEntry;
import vn.danhgia.evaluation.api.monthly.MonthlyFinding;
import vn.danhgia.evaluation.api.monthly.MonthlyPreview;
import vn.danhgia.evaluation.api.monthly.MonthlyRatingFacade;
import vn.danhgia.evaluation.api.monthly.MonthlyRatingRow;
import vn.danhgia.evaluation.api.monthly.MonthlySaveResult;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitView;
import vn.danhgia.web.i18n.Texts;

/**
 * Backs {@code /evaluation/monthly.xhtml}: a unit's monthly ratings (RULES.md MON-1, MON-2) — enter a score (the
 * level is derived and explained) or a level directly, and save the list all or nothing. Only ADMIN, HR_OFFICER and
 * EVALUATOR may save; others read.
 */
@Named
@ViewScoped
public class MonthlyBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String[] LEVELS = {"HTXS", "HTT", "HT", "KHT"};

    @Inject
    private transient MonthlyRatingFacade ratings;

    @Inject
    private transient UnitFacade units;

    private Long unitId;
    private int year;
    private int month;
    private List<UnitView> unitOptions = List.of();
    private List<Line> lines = List.of();
    private String reason;
    private boolean canSave;

    /** One editable line of the table. */
    public static class Line implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long personId;
        private final String fullName;
        private final String positionTitle;
        private final Integer revision;
        private BigDecimal score;
        private Integer violations;
        private boolean direct;
        private String level;
        private String explanation;
        private String problem;

        Line(MonthlyRatingRow row) {
            personId = row.personId();
            fullName = row.fullName();
            positionTitle = row.positionTitle();
            revision = row.revision();
            score = row.score();
            violations = row.violations();
            direct = row.enteredDirectly();
            level = row.level();
            explanation = row.explanation();
        }

        /** True when something was entered (a line left empty is not sent). */
        boolean filled() {
            return score != null || direct && level != null && !level.isBlank();
        }

        MonthlyEntry entry() {
            return new MonthlyEntry(personId, direct ? null : score, violations == null ? 0 : violations,
                    direct ? level : null, revision == null ? 0 : revision);
        }

        public long getPersonId() { return personId; }
        public String getFullName() { return fullName; }
        public String getPositionTitle() { return positionTitle; }
        public Integer getRevision() { return revision; }
        public BigDecimal getScore() { return score; }
        public void setScore(BigDecimal score) { this.score = score; }
        public Integer getViolations() { return violations; }
        public void setViolations(Integer violations) { this.violations = violations; }
        public boolean isDirect() { return direct; }
        public void setDirect(boolean direct) { this.direct = direct; }
        public String getLevel() { return level; }
        public void setLevel(String level) { this.level = level; }
        public String getExplanation() { return explanation; }
        public String getProblem() { return problem; }
    }

    @PostConstruct
    void init() {
        YearMonth previous = YearMonth.now().minusMonths(1);
        year = previous.getYear();
        month = previous.getMonthValue();
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        canSave = external.isUserInRole("ADMIN") || external.isUserInRole("HR_OFFICER")
                || external.isUserInRole("EVALUATOR");
        periodChanged();
    }

    /** Year or month changed: the units valid on the month's last day, and the lines again. */
    public void periodChanged() {
        unitOptions = units.unitsAsOf(lastDay());
        if (unitId != null && unitOptions.stream().noneMatch(u -> u.id() == unitId)) {
            unitId = null;
        }
        load();
    }

    /** Reads the unit's people and their current ratings; unsaved input is dropped. */
    public void load() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (unitId == null) {
            lines = List.of();
            return;
        }
        try {
            lines = ratings.unitMonth(unitId, year, month).stream().map(Line::new).toList();
        } catch (RuntimeException e) {
            lines = List.of();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, rootMessage(e), null));
        }
    }

    /** A score, violation count or level of a line changed: show what it gives (nothing is saved). */
    public void recompute(Line line) {
        line.problem = null;
        if (!line.filled()) {
            line.explanation = null;
            if (!line.direct) {
                line.level = null;
            }
            return;
        }
        MonthlyPreview preview = ratings.preview(year, month, line.entry());
        if (preview.problem() != null) {
            line.problem = preview.problem();
            line.explanation = null;
            if (!line.direct) {
                line.level = null;
            }
        } else {
            line.level = preview.level();
            line.explanation = preview.explanation();
        }
    }

    /** Saves the filled lines, all or nothing; explains what was saved, every refused line and the HTXS share. */
    public void save() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!canSave) {
            message(faces, FacesMessage.SEVERITY_ERROR, Texts.get(faces, "common_error.message.forbidden"));
            return;
        }
        List<MonthlyEntry> entries = new ArrayList<>();
        Map<Long, Line> byPerson = new HashMap<>();
        for (Line line : lines) {
            line.problem = null;
            if (line.filled()) {
                entries.add(line.entry());
                byPerson.put(line.personId, line);
            }
        }
        if (entries.isEmpty()) {
            message(faces, FacesMessage.SEVERITY_WARN, Texts.get(faces, "evaluation_monthly.message.nothingToSave"));
            return;
        }
        MonthlySaveResult result = ratings.save(year, month, entries, faces.getExternalContext().getRemoteUser(),
                reason);
        if (!result.saved()) {
            for (MonthlySaveResult.EntryError error : result.errors()) {
                Line line = error.personId() == null ? null : byPerson.get(error.personId());
                if (line != null) {
                    line.problem = line.problem == null ? error.message() : line.problem + " " + error.message();
                }
                message(faces, FacesMessage.SEVERITY_ERROR, line == null ? error.message()
                        : line.fullName + ": " + error.message());
            }
            message(faces, FacesMessage.SEVERITY_ERROR, Texts.get(faces, "evaluation_monthly.message.nothingSaved"));
            faces.validationFailed();
            return;
        }
        message(faces, FacesMessage.SEVERITY_INFO, MessageFormat.format(
                Texts.get(faces, "evaluation_monthly.message.saved"), result.savedCount(), result.unchangedCount()));
        for (MonthlyFinding warning : result.warnings()) {
            message(faces, FacesMessage.SEVERITY_WARN, warning.message() + " — "
                    + Texts.get(faces, "evaluation_monthly.message.htxsNotBlocking"));
        }
        reason = null;
        load();
    }

    private LocalDate lastDay() {
        return YearMonth.of(year, month).atEndOfMonth();
    }

    private static void message(FacesContext faces, FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t instanceof IllegalArgumentException ? t.getMessage() : String.valueOf(e.getMessage());
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return IntStream.rangeClosed(now - 5, now + 1).boxed().toList();
    }

    public List<Integer> getMonths() { return IntStream.rangeClosed(1, 12).boxed().toList(); }
    public String[] getLevels() { return LEVELS; }
    public List<UnitView> getUnitOptions() { return unitOptions; }
    public List<Line> getLines() { return lines; }
    public boolean isCanSave() { return canSave; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public int getMonth() { return month; }
    public void setMonth(int month) { this.month = month; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
