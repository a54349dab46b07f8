package vn.danhgia.evaluation.domain.tasks;

import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import vn.danhgia.platform.rules.RulePackRef;

/**
 * The task-sheet rule pack (RULES.md MON-3, RP-1): tasks are assigned on or before {@code assignBeforeDay} of the
 * period's first month; the period of each unit role (HEAD, DEPUTY, MEMBER).
 */
public record Mon3RulePack(String code, int version, String title, String legalBasis, LocalDate effectiveFrom,
                           LocalDate effectiveTo, int assignBeforeDay, Map<String, PeriodKind> periodByRole) {

    public static final java.util.Set<String> ROLES = java.util.Set.of("HEAD", "DEPUTY", "MEMBER");

    public Mon3RulePack {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (assignBeforeDay < 1 || assignBeforeDay > 28) {
            throw new IllegalArgumentException("assignBeforeDay: must be within 1..28, got " + assignBeforeDay);
        }
        periodByRole = Map.copyOf(periodByRole);
        if (!periodByRole.keySet().equals(ROLES)) {
            throw new IllegalArgumentException("periods: exactly the roles " + ROLES + " are needed, got "
                    + periodByRole.keySet());
        }
    }

    public RulePackRef ref() {
        return new RulePackRef(code, version);
    }

    /** The period of a unit role (HEAD, DEPUTY, MEMBER); an unknown or missing role counts as MEMBER. */
    public PeriodKind periodOf(String unitRole) {
        return periodByRole.getOrDefault(unitRole == null ? "MEMBER" : unitRole, periodByRole.get("MEMBER"));
    }
}
