package vn.danhgia.evaluation.domain.professionalism;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import vn.danhgia.evaluation.domain.monthly.MonthlyLevel;
import vn.danhgia.evaluation.infrastructure.ProRulePackLoader;
import vn.danhgia.platform.rules.Finding;
import vn.danhgia.platform.rules.Ruling;

/**
 * A sheet for the tests, built on the real PRO pack (pro-longbien-2023.json). {@link #passing} is the
 * weakest professional sheet: mandatory criteria at 10, the others at 8 (total 280 / 420), quarter 3
 * rated HTXS, HTT, HTT, no discipline, no inspection, unit condition met, no absence.
 */
final class Sheet {

    static final ProRulePack PACK = ProRulePackLoader.defaultPack();

    private final FormDefinition form;
    private final BigDecimal[] scores;
    private Integer quarter = 3;
    private List<MonthlyLevel> months = new ArrayList<>(List.of(MonthlyLevel.HTXS, MonthlyLevel.HTT, MonthlyLevel.HTT));
    private Boolean discipline = false;
    private String disciplineDescription;
    private Boolean underInspection = false;
    private Boolean violationFound = false;
    private UnitCondition unit = new UnitCondition(true, true);
    private int absence;

    private Sheet(String formCode) {
        this.form = PACK.form(formCode).orElseThrow();
        this.scores = new BigDecimal[form.criteriaCount()];
        for (Criterion c : form.criteriaSet().criteria()) {
            scores[c.number() - 1] = c.mandatory() ? form.mandatoryScore() : form.otherMinScore();
        }
    }

    static Sheet passing(String formCode) {
        return new Sheet(formCode);
    }

    FormDefinition form() {
        return form;
    }

    /** The n-th (1-based) mandatory or non-mandatory criterion of the form. */
    int criterion(boolean mandatory, int n) {
        return form.criteriaSet().criteria().stream().filter(c -> c.mandatory() == mandatory)
                .skip(n - 1L).findFirst().orElseThrow().number();
    }

    Sheet score(int criterion, String value) {
        scores[criterion - 1] = value == null ? null : new BigDecimal(value);
        return this;
    }

    Sheet allScores(String value) {
        Arrays.fill(scores, new BigDecimal(value));
        return this;
    }

    Sheet months(MonthlyLevel... levels) {
        this.months = new ArrayList<>(Arrays.asList(levels));
        return this;
    }

    Sheet quarter(Integer quarter) {
        this.quarter = quarter;
        return this;
    }

    Sheet discipline(Boolean inForce, String description) {
        this.discipline = inForce;
        this.disciplineDescription = description;
        return this;
    }

    Sheet underInspection(Boolean value) {
        this.underInspection = value;
        return this;
    }

    Sheet violationFound(Boolean value) {
        this.violationFound = value;
        return this;
    }

    Sheet unit(Boolean nobodyKht, Boolean nobodyWithViolation) {
        this.unit = new UnitCondition(nobodyKht, nobodyWithViolation);
        return this;
    }

    Sheet absence(int workingDays) {
        this.absence = workingDays;
        return this;
    }

    BigDecimal total() {
        return Arrays.stream(scores).reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    SheetFacts facts() {
        return new SheetFacts(form.code(), SheetFacts.scoresFor(form, Arrays.asList(scores)), quarter, months,
                discipline, disciplineDescription, underInspection, violationFound, unit, absence);
    }

    Ruling<ProOutcome> rule() {
        return ProfessionalismRules.rule(facts(), PACK);
    }

    // --- assertions helpers ---------------------------------------------------------------------------

    static List<String> messages(Ruling<?> ruling) {
        return ruling.findings().stream().map(Finding::message).toList();
    }

    static List<String> failed(Ruling<?> ruling) {
        return ruling.failed().stream().map(Finding::message).toList();
    }

    static List<String> ruleIds(Ruling<?> ruling) {
        return ruling.findings().stream().map(Finding::ruleId).distinct().toList();
    }

    static Finding finding(Ruling<?> ruling, String message) {
        return ruling.findings().stream().filter(f -> f.message().equals(message)).findFirst()
                .orElseThrow(() -> new AssertionError("no finding \"" + message + "\" in " + messages(ruling)));
    }
}
