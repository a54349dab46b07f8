package vn.danhgia.organization.api;

/** The block (khối) a unit belongs to (RULES.md ORG-1), with its official Vietnamese name. */
public enum Block {
    PARTY("Đảng, đoàn thể"),
    GOVERNMENT("Chính quyền"),
    SCHOOL("Trường học");

    private final String officialName;

    Block(String officialName) {
        this.officialName = officialName;
    }

    /** The name used in official documents. */
    public String officialName() {
        return officialName;
    }
}
