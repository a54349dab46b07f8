package vn.danhgia.organization.domain.authority;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.danhgia.organization.api.UnitRole;

/**
 * One row of the authority table: who it is about ({@link #when()}, any alternative) and who holds each
 * role. {@code EVALUATE} and {@code DECIDE} are required; {@code COMMENT} and {@code ADJUST} are optional.
 *
 * @param id          unique in the table ("Q6a", "A3")
 * @param ruleId      the rule the row implements, used as the findings' rule id ("PRO-9", "ORG-11")
 * @param ref         how assignments cite the row ("PRO-9 dòng 6")
 * @param source      the documents' text it comes from ("[LB §3.1] Khối chính quyền, gạch đầu dòng 3")
 * @param description who the row is about and who decides, in Vietnamese
 * @param open        true when the whole row is a reading of the documents, not their text
 * @param note        the reading or a caveat, in Vietnamese; may be null
 */
public record AuthorityRow(String id, EvaluationKind kind, String ruleId, String ref, String source,
                           String description, List<MatchCondition> when, Map<AuthorityRole, RoleSpec> holders,
                           boolean open, String note) {

    public AuthorityRow {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("a row needs an id");
        }
        String where = "row " + id + ": ";
        Objects.requireNonNull(kind, where + "kind");
        requireText(ruleId, where + "ruleId");
        requireText(ref, where + "ref");
        requireText(source, where + "source");
        requireText(description, where + "description");
        if (when == null || when.isEmpty()) {
            throw new IllegalArgumentException(where + "needs at least one 'when' alternative");
        }
        when = List.copyOf(when);
        if (holders == null || !holders.containsKey(AuthorityRole.EVALUATE) || !holders.containsKey(AuthorityRole.DECIDE)) {
            throw new IllegalArgumentException(where + "needs holders for EVALUATE and DECIDE");
        }
        holders = Map.copyOf(new EnumMap<>(holders));
        note = note == null || note.isBlank() ? null : note.strip();
        // A person is never their own evaluator: a row that reaches into the person's own unit must not
        // match the people it would reach (the head is matched by a head row).
        for (Map.Entry<AuthorityRole, RoleSpec> e : holders.entrySet()) {
            HolderSpec spec = e.getValue().holder();
            if (!spec.ownUnit()) {
                continue;
            }
            boolean reachesHead = spec.type() != HolderSpec.Type.DEPUTY_OF_OWN_UNIT;
            boolean reachesDeputies = spec.type() != HolderSpec.Type.HEAD_OF_OWN_UNIT;
            for (MatchCondition c : when) {
                if ((reachesHead && c.allowsRole(UnitRole.HEAD)) || (reachesDeputies && c.allowsRole(UnitRole.DEPUTY))) {
                    throw new IllegalArgumentException(where + e.getKey() + " = " + spec
                            + " would make a person their own " + e.getKey() + " in alternative '" + c.label()
                            + "': restrict its unitRoles");
                }
            }
        }
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " is required");
        }
    }

    public Optional<RoleSpec> holder(AuthorityRole role) {
        return Optional.ofNullable(holders.get(role));
    }

    /** The first alternative the person matches. */
    public Optional<MatchCondition> match(Evaluated person, int largeUnitThreshold) {
        return when.stream().filter(c -> c.matches(person, largeUnitThreshold)).findFirst();
    }
}
