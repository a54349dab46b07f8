package vn.danhgia.evaluation.domain.professionalism;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.platform.rules.RulePackRef;

/**
 * The quarterly professionalism rule pack (RULES.md PRO-1..PRO-13; RP-1): every threshold, date,
 * list and form of the evaluation, with its legal basis and effective period. Immutable; a change is
 * a new version. Loaded from JSON by {@code vn.danhgia.evaluation.infrastructure.ProRulePackLoader}.
 *
 * @param forms by form code ("03", "04", "05"), in the pack's order
 */
public record ProRulePack(String code, int version, String title, String legalBasis, LocalDate effectiveFrom,
                          LocalDate effectiveTo, ScoreScale scale, FormChoiceRule formChoice,
                          MonthlyConditions monthly, GeneralConditions general, AbsenceRule absence,
                          QuarterDeadlines deadlines, CommitmentRule commitment, Map<String, FormDefinition> forms) {

    public ProRulePack {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(scale, "scale");
        Objects.requireNonNull(formChoice, "formChoice");
        Objects.requireNonNull(monthly, "monthly");
        Objects.requireNonNull(general, "general");
        Objects.requireNonNull(absence, "absence");
        Objects.requireNonNull(deadlines, "deadlines");
        Objects.requireNonNull(commitment, "commitment");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("effectiveTo before effectiveFrom");
        }
        forms = Collections.unmodifiableMap(new LinkedHashMap<>(forms));
        for (String form : new String[] {formChoice.standingCommitteeForm(), formChoice.smallUnitForm(),
                formChoice.largeUnitForm()}) {
            if (!forms.containsKey(form)) {
                throw new IllegalArgumentException("formChoice names form " + form + ", which the pack does not define");
            }
        }
        for (FormDefinition f : forms.values()) {
            for (BigDecimal value : new BigDecimal[] {f.mandatoryScore(), f.otherMinScore()}) {
                if (!scale.isValid(value)) {
                    throw new IllegalArgumentException("form " + f.code() + ": threshold " + value + " is not on the scale");
                }
            }
        }
    }

    public RulePackRef ref() {
        return new RulePackRef(code, version);
    }

    public Optional<FormDefinition> form(String formCode) {
        return Optional.ofNullable(formCode == null ? null : forms.get(formCode));
    }

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }
}
