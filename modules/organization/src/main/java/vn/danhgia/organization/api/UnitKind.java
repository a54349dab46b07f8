package vn.danhgia.organization.api;

/**
 * What kind of body a unit is (RULES.md ORG-1). The kind, not the tree depth, tells the rules who
 * evaluates whom (PRO-9), which focal body a unit reports to (PRO-11) and whether it is a school.
 * Stored by name: never rename a constant.
 */
public enum UnitKind {
    /** Quận ủy: the district Party Committee (its head is the district Party secretary). */
    DISTRICT_PARTY_COMMITTEE(Block.PARTY),
    /** Ban Đảng and Văn phòng Quận ủy (Organisation, Propaganda, Inspection, Mass mobilisation boards, Office). */
    PARTY_BOARD(Block.PARTY),
    /** Ban Tổ chức Quận ủy: a Party board that is also the Party block's focal body. */
    PARTY_ORGANISATION_BOARD(Block.PARTY),
    /** Trung tâm Chính trị quận. */
    POLITICAL_CENTRE(Block.PARTY),
    /** Đảng ủy Khối doanh nghiệp. */
    ENTERPRISE_PARTY_COMMITTEE(Block.PARTY),
    /** Ủy ban MTTQ quận. */
    FATHERLAND_FRONT(Block.PARTY),
    /** District mass organisations (Youth Union, Women's Union, Farmers', Veterans', Labour Federation). */
    MASS_ORGANISATION(Block.PARTY),
    /** Hội đồng nhân dân quận. */
    PEOPLES_COUNCIL(Block.GOVERNMENT),
    /** A committee of the People's Council. */
    PEOPLES_COUNCIL_COMMITTEE(Block.GOVERNMENT),
    /** Ủy ban nhân dân quận (its head is the chair, deputies the vice-chairs). */
    PEOPLES_COMMITTEE(Block.GOVERNMENT),
    /** A specialised office of the People's Committee (phòng chuyên môn). */
    OFFICE(Block.GOVERNMENT),
    /** Phòng Nội vụ: an office that is also the Government block's focal body. */
    HOME_AFFAIRS_OFFICE(Block.GOVERNMENT),
    /** Phòng Giáo dục và Đào tạo: an office that is also the Schools block's focal body. */
    EDUCATION_OFFICE(Block.GOVERNMENT),
    /** A public service unit that is not a school. */
    PUBLIC_SERVICE_UNIT(Block.GOVERNMENT),
    /** Đảng ủy phường (its head is the ward Party secretary). */
    WARD_PARTY_COMMITTEE(Block.PARTY),
    /** Ủy ban MTTQ phường. */
    WARD_FATHERLAND_FRONT(Block.PARTY),
    /** A ward mass organisation. */
    WARD_MASS_ORGANISATION(Block.PARTY),
    /** Ủy ban nhân dân phường. */
    WARD_PEOPLES_COMMITTEE(Block.GOVERNMENT),
    /** Public preschool. */
    PRESCHOOL(Block.SCHOOL),
    /** Public primary school. */
    PRIMARY_SCHOOL(Block.SCHOOL),
    /** Public lower-secondary school. */
    LOWER_SECONDARY_SCHOOL(Block.SCHOOL);

    private final Block block;

    UnitKind(Block block) {
        this.block = block;
    }

    /** The block a unit of this kind normally belongs to. */
    public Block block() {
        return block;
    }

    public boolean isSchool() {
        return block == Block.SCHOOL;
    }
}
