package vn.danhgia.organization.domain.authority;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An administrator's override of the default authority (ORG-11), for one unit or one person, one
 * evaluation kind and one role, valid between two dates (inclusive; {@code validTo} null = open-ended).
 * A person override beats a unit override, which beats the table. Mirrors {@code org_authority_override}.
 *
 * @param id the stored id, cited in explanations as "Ghi đè #id" ({@code null} before it is saved)
 */
public record AuthorityOverride(Long id, Long unitId, Long personId, EvaluationKind kind, AuthorityRole role,
                                Holder holder, LocalDate validFrom, LocalDate validTo, String reason,
                                String createdBy) {

    public AuthorityOverride {
        if ((unitId == null) == (personId == null)) {
            throw new IllegalArgumentException("an override concerns exactly one unit or one person");
        }
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(holder, "holder");
        Objects.requireNonNull(validFrom, "validFrom");
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw new IllegalArgumentException("validTo " + validTo + " is before validFrom " + validFrom);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an override needs a reason (ORG-11)");
        }
        Objects.requireNonNull(createdBy, "createdBy");
    }

    public boolean isPersonOverride() {
        return personId != null;
    }

    public boolean validOn(LocalDate date) {
        return !date.isBefore(validFrom) && (validTo == null || !date.isAfter(validTo));
    }

    /** "Ghi đè #12" — the source cited by an assignment that comes from this override. */
    public String label() {
        return id == null ? "Ghi đè (chưa lưu)" : "Ghi đè #" + id;
    }
}
