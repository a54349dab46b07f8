package vn.danhgia.datagen;

/**
 * A staffing slot of a unit: the position title, the unit role, the staff category and the career
 * profile that decides the person's age, grade history and qualifications.
 */
record Post(String title, String unitRole, String category, Profile profile, int femalePercent,
            boolean standingCommitteeManaged, boolean districtStandingMember) {

    Post(String title, String unitRole, String category, Profile profile, int femalePercent,
         boolean standingCommitteeManaged) {
        this(title, unitRole, category, profile, femalePercent, standingCommitteeManaged, false);
    }

    static final String HEAD = "HEAD";
    static final String DEPUTY = "DEPUTY";
    static final String MEMBER = "MEMBER";

    boolean leader() {
        return !MEMBER.equals(unitRole);
    }

    static Post head(String title, String category, Profile profile, boolean scm) {
        return new Post(title, HEAD, category, profile, 30, scm);
    }

    static Post deputy(String title, String category, Profile profile) {
        return new Post(title, DEPUTY, category, profile, 40, false);
    }

    static Post member(String title, String category, Profile profile, int femalePercent) {
        return new Post(title, MEMBER, category, profile, femalePercent, false);
    }

    Post withFemalePercent(int percent) {
        return new Post(title, unitRole, category, profile, percent, standingCommitteeManaged, districtStandingMember);
    }

    /** Marks the post holder as a member of the district Party Standing Board (Ủy viên Ban Thường vụ). */
    Post standingBoardMember() {
        return new Post(title, unitRole, category, profile, femalePercent, standingCommitteeManaged, true);
    }

    /** Career profiles. */
    enum Profile {
        /** Elected leader (cán bộ): older, 01.002, political theory, master's often. */
        POLITICAL_LEADER(1963, 1982),
        /** Head or deputy of an office or board. */
        MANAGER(1965, 1986),
        /** Chuyên viên (01.003), some 01.002. */
        CIVIL_SERVANT(1963, 2000),
        /** Cán sự (01.004) or nhân viên (01.005). */
        JUNIOR_CIVIL_SERVANT(1970, 2001),
        /** Ward leaders and ward civil servants. */
        WARD_OFFICIAL(1965, 1998),
        /** Non-specialised ward staff (người hoạt động không chuyên trách). */
        PART_TIME(1963, 2001),
        /** Contract worker (LĐHĐ). */
        CONTRACT(1963, 2001),
        /** Public employee of a public service unit (no grade in the catalogue). */
        PUBLIC_EMPLOYEE(1965, 2000),
        /** Teacher: the unit kind (preschool, primary, lower secondary) selects the professional titles. */
        TEACHER(1965, 2001),
        /** School principal or vice-principal: teacher profile, older. */
        SCHOOL_MANAGER(1965, 1985),
        /** School staff: accountant, clerk, nurse, librarian (viên chức, no teacher title). */
        SCHOOL_STAFF(1968, 2000),
        /** Youth Union officials: young. */
        YOUTH_OFFICIAL(1988, 1999);

        final int bornFrom;
        final int bornTo;

        Profile(int bornFrom, int bornTo) {
            this.bornFrom = bornFrom;
            this.bornTo = bornTo;
        }
    }
}
