package vn.danhgia.evaluation.domain.professionalism;

import java.util.Objects;

/**
 * Which form a person is evaluated on (RULES.md PRO-3): the Standing-Committee form, else the
 * small-unit form below the headcount threshold, else the large-unit form.
 */
public record FormChoiceRule(String standingCommitteeForm, int largeUnitThreshold, String smallUnitForm,
                             String largeUnitForm) {

    public FormChoiceRule {
        Objects.requireNonNull(standingCommitteeForm, "standingCommitteeForm");
        Objects.requireNonNull(smallUnitForm, "smallUnitForm");
        Objects.requireNonNull(largeUnitForm, "largeUnitForm");
        if (largeUnitThreshold < 1) {
            throw new IllegalArgumentException("formChoice.largeUnitThreshold must be ≥ 1");
        }
    }
}
