package vn.danhgia.organization.api.authority;

import java.time.LocalDate;

/**
 * An administrator's override of the default authority (RULES.md ORG-11): for one unit or one
 * person, one evaluation kind and one role, a person or a collective body, from a date, with a reason.
 */
public record NewAuthorityOverride(Long unitId, Long personId, String evaluationKind, String role,
                                   Long holderPersonId, String holderCollective, LocalDate validFrom,
                                   LocalDate validTo, String reason) {
}
