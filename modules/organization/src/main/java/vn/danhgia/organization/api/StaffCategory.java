package vn.danhgia.organization.api;

/** Staff category (RULES.md ORG-2). Stored by name. */
public enum StaffCategory {
    /** Cán bộ. */
    CAN_BO,
    /** Công chức. */
    CONG_CHUC,
    /** Viên chức. */
    VIEN_CHUC,
    /** Lao động hợp đồng (Decree 68/2000, 161/2018). */
    LDHD,
    /** Người hoạt động không chuyên trách ở phường. */
    KHONG_CHUYEN_TRACH
}
