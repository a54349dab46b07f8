package vn.danhgia.organization.api;

/** A person's place in a unit's leadership (RULES.md ORG-5): head (cấp trưởng), deputy (cấp phó) or member. */
public enum UnitRole {
    HEAD,
    DEPUTY,
    MEMBER
}
