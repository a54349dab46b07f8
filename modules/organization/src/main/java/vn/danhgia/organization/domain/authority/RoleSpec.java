package vn.danhgia.organization.domain.authority;

import java.util.Objects;

/**
 * Who holds one role in a table row.
 *
 * @param ref  the rule cited for this role when it differs from the row's (e.g. "PRO-10" for ADJUST); may be null
 * @param note a Vietnamese sentence added to the explanation (e.g. that the leader in charge is not in the
 *             data and can be set by an override); may be null
 */
public record RoleSpec(HolderSpec holder, String ref, String note) {

    public RoleSpec {
        Objects.requireNonNull(holder, "holder");
        ref = ref == null || ref.isBlank() ? null : ref.strip();
        note = note == null || note.isBlank() ? null : note.strip();
    }

    public static RoleSpec of(HolderSpec holder) {
        return new RoleSpec(holder, null, null);
    }
}
