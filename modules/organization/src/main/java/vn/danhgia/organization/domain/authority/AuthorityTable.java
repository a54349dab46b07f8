package vn.danhgia.organization.domain.authority;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import vn.danhgia.platform.rules.RulePackRef;

/**
 * The default authority table (ORG-11; PRO-9, PRO-10 for the quarterly evaluation, [GD IV] and
 * [HN c §VII] for the annual one) as rule-pack data (RP-1). Rows are tried in order; the first row of
 * the evaluation kind that matches the person applies.
 *
 * @param largeUnitThreshold from this headcount on, a unit's direct deputy comments and its head decides
 *                           (PRO-9 line 6, [LB §3.1]: 20)
 */
public record AuthorityTable(String code, int version, String title, String legalBasis, LocalDate effectiveFrom,
                             LocalDate effectiveTo, int largeUnitThreshold, List<AuthorityRow> rows) {

    public AuthorityTable {
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("a table needs a code");
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be ≥ 1: " + version);
        }
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(legalBasis, "legalBasis");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
            throw new IllegalArgumentException("effectiveTo is before effectiveFrom");
        }
        if (largeUnitThreshold < 1) {
            throw new IllegalArgumentException("largeUnitThreshold must be ≥ 1: " + largeUnitThreshold);
        }
        rows = List.copyOf(rows);
        Set<String> ids = new HashSet<>();
        for (AuthorityRow row : rows) {
            if (!ids.add(row.id())) {
                throw new IllegalArgumentException("duplicate row id " + row.id());
            }
        }
    }

    public RulePackRef ref() {
        return new RulePackRef(code, version);
    }

    public boolean appliesOn(LocalDate date) {
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    public List<AuthorityRow> rows(EvaluationKind kind) {
        return rows.stream().filter(r -> r.kind() == kind).toList();
    }

    public Optional<AuthorityRow> row(String id) {
        return rows.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** The first row of the kind that the person matches, with the alternative that matched. */
    public Optional<Match> match(Evaluated person, EvaluationKind kind) {
        for (AuthorityRow row : rows(kind)) {
            Optional<MatchCondition> c = row.match(person, largeUnitThreshold);
            if (c.isPresent()) {
                return Optional.of(new Match(row, c.get()));
            }
        }
        return Optional.empty();
    }

    /** A row and the alternative of its {@code when} list that matched. */
    public record Match(AuthorityRow row, MatchCondition condition) {

        /** True when the row or the matching alternative is a reading, not the documents' text. */
        public boolean open() {
            return row.open() || condition.open();
        }
    }
}
