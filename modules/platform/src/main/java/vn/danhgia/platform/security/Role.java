package vn.danhgia.platform.security;

/** Application roles. The names are the Jakarta Security groups stored in {@code plt_user_role}. */
public enum Role {
    ADMIN,
    HR_OFFICER,
    EVALUATOR,
    STAFF;

    public static final String ADMIN_NAME = "ADMIN";
    public static final String HR_OFFICER_NAME = "HR_OFFICER";
    public static final String EVALUATOR_NAME = "EVALUATOR";
    public static final String STAFF_NAME = "STAFF";
}
