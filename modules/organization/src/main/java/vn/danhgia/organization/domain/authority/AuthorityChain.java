package vn.danhgia.organization.domain.authority;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.platform.rules.Finding;
import vn.danhgia.platform.rules.RulePackRef;

/**
 * Who comments on, evaluates, decides and may adjust one person's evaluation of one kind on one date
 * (ORG-11), with the findings that explain it (RP-2) and the rule pack version used (RP-1).
 * A role the resolver could not determine has no assignment and a failed finding says why.
 */
public record AuthorityChain(long personId, EvaluationKind kind, LocalDate date,
                             List<AuthorityAssignment> assignments, List<Finding> findings,
                             RulePackRef rulePack) {

    public AuthorityChain {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
        assignments = List.copyOf(assignments);
        findings = List.copyOf(findings);
        Objects.requireNonNull(rulePack, "rulePack");
    }

    /** The assignments of one role, in order (several when e.g. two deputies may comment). */
    public List<AuthorityAssignment> assignments(AuthorityRole role) {
        return assignments.stream().filter(a -> a.role() == role).toList();
    }

    public List<Holder> holders(AuthorityRole role) {
        return assignments(role).stream().map(AuthorityAssignment::holder).toList();
    }

    /** The single holder of a role, empty when there is none or more than one. */
    public Optional<Holder> holder(AuthorityRole role) {
        List<Holder> holders = holders(role);
        return holders.size() == 1 ? Optional.of(holders.get(0)) : Optional.empty();
    }

    public List<Finding> failed() {
        return findings.stream().filter(f -> !f.passed()).toList();
    }

    /** True when exactly one evaluator and one decider are known and nothing failed. */
    public boolean complete() {
        return holder(AuthorityRole.EVALUATE).isPresent() && holder(AuthorityRole.DECIDE).isPresent()
                && failed().isEmpty();
    }
}
