package vn.danhgia.organization.domain.authority;

/** What an authority does in an evaluation (RULES.md ORG-11, PRO-9, PRO-10). Stored by name. */
public enum AuthorityRole {
    /** Nhận xét: gives a (written) comment the evaluator hears before deciding. */
    COMMENT("nhận xét"),
    /** Đánh giá, đề xuất: assesses and proposes the result. */
    EVALUATE("đánh giá, đề xuất"),
    /** Quyết định: decides the result. */
    DECIDE("quyết định kết quả đánh giá"),
    /** Điều chỉnh: may review and adjust a result decided by a unit head (PRO-10). */
    ADJUST("có quyền xem xét, điều chỉnh kết quả đánh giá");

    private final String verb;

    AuthorityRole(String verb) {
        this.verb = verb;
    }

    /** The Vietnamese verb phrase used in explanations ("quyết định kết quả đánh giá"). */
    public String verb() {
        return verb;
    }
}
