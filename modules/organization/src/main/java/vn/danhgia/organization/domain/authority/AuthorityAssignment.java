package vn.danhgia.organization.domain.authority;

import java.util.Objects;

/**
 * One authority of the chain, explained (RP-2).
 *
 * @param source      where it comes from: a table row ("PRO-9 dòng 6", "PRO-10 (PRO-9 dòng 6)") or an
 *                    override ("Ghi đè #12")
 * @param explanation a Vietnamese sentence saying why this holder holds this role
 */
public record AuthorityAssignment(AuthorityRole role, Holder holder, String source, String explanation) {

    public AuthorityAssignment {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(explanation, "explanation");
    }

    /** True when this assignment comes from an administrator's override rather than the table. */
    public boolean fromOverride() {
        return source.startsWith("Ghi đè");
    }
}
