package vn.danhgia.organization.domain.authority;

/** The evaluation an authority is asked about (RULES.md ORG-11). Stored by name: never rename a constant. */
public enum EvaluationKind {
    /** Đánh giá sự chuyên nghiệp hằng quý (PRO). */
    QUARTERLY_PROFESSIONALISM("đánh giá sự chuyên nghiệp hằng quý"),
    /** Đánh giá, phân loại hằng năm (ANN). */
    ANNUAL_CLASSIFICATION("đánh giá, phân loại hằng năm");

    private final String label;

    EvaluationKind(String label) {
        this.label = label;
    }

    /** Vietnamese name used in explanations. */
    public String label() {
        return label;
    }
}
