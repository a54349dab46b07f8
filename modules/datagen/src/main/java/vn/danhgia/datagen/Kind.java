package vn.danhgia.datagen;

/**
 * The unit kinds the generators write into {@code org_unit.kind}, with their block. Mirrors
 * {@code vn.danhgia.organization.api.UnitKind} constant by constant (stored by name; this module does not
 * depend on the organisation module, so the launcher does not pull its dependencies in).
 */
enum Kind {
    DISTRICT_PARTY_COMMITTEE("PARTY"),
    PARTY_BOARD("PARTY"),
    PARTY_ORGANISATION_BOARD("PARTY"),
    POLITICAL_CENTRE("PARTY"),
    ENTERPRISE_PARTY_COMMITTEE("PARTY"),
    FATHERLAND_FRONT("PARTY"),
    MASS_ORGANISATION("PARTY"),
    PEOPLES_COUNCIL("GOVERNMENT"),
    PEOPLES_COUNCIL_COMMITTEE("GOVERNMENT"),
    PEOPLES_COMMITTEE("GOVERNMENT"),
    OFFICE("GOVERNMENT"),
    HOME_AFFAIRS_OFFICE("GOVERNMENT"),
    EDUCATION_OFFICE("GOVERNMENT"),
    PUBLIC_SERVICE_UNIT("GOVERNMENT"),
    WARD_PARTY_COMMITTEE("PARTY"),
    WARD_FATHERLAND_FRONT("PARTY"),
    WARD_MASS_ORGANISATION("PARTY"),
    WARD_PEOPLES_COMMITTEE("GOVERNMENT"),
    PRESCHOOL("SCHOOL"),
    PRIMARY_SCHOOL("SCHOOL"),
    LOWER_SECONDARY_SCHOOL("SCHOOL");

    final String block;

    Kind(String block) {
        this.block = block;
    }

    boolean isSchool() {
        return "SCHOOL".equals(block);
    }

    /** Where the unit sends its quarterly summary (RULES.md PRO-11 step 3). */
    Focal focal() {
        if (isSchool()) {
            return Focal.EDUCATION;
        }
        return "PARTY".equals(block) ? Focal.PARTY_ORGANISATION : Focal.HOME_AFFAIRS;
    }

    enum Focal { HOME_AFFAIRS, EDUCATION, PARTY_ORGANISATION }
}
