package vn.danhgia.evaluation.api;

/**
 * Request and response examples of the preview (REST {@code POST /api/v1/evaluation/preview}), shown in
 * the OpenAPI document. {@code PreviewExamplesTest} runs every request against the shipped PRO pack and
 * compares the answer with the documented response, so the documentation cannot drift from the rules.
 */
public final class PreviewExamples {

    /** Form 04 at 289 points, quarter 3 rated HTXS, HTT, HTT, nothing against the person: PROFESSIONAL. */
    public static final String PROFESSIONAL_REQUEST = """
            {
              "form": "04",
              "quarter": 3,
              "scores": [
                {"criterion": 1, "score": 10}, {"criterion": 2, "score": 10}, {"criterion": 3, "score": 10}, {"criterion": 4, "score": 10}, {"criterion": 5, "score": 10},
                {"criterion": 6, "score": 10}, {"criterion": 7, "score": 10}, {"criterion": 8, "score": 10}, {"criterion": 9, "score": 9}, {"criterion": 10, "score": 8.5},
                {"criterion": 11, "score": 10}, {"criterion": 12, "score": 10}, {"criterion": 13, "score": 10}, {"criterion": 14, "score": 9}, {"criterion": 15, "score": 10},
                {"criterion": 16, "score": 9}, {"criterion": 17, "score": 8}, {"criterion": 18, "score": 10}, {"criterion": 19, "score": 9}, {"criterion": 20, "score": 9},
                {"criterion": 21, "score": 10}, {"criterion": 22, "score": 10}, {"criterion": 23, "score": 10}, {"criterion": 24, "score": 10}, {"criterion": 25, "score": 10},
                {"criterion": 26, "score": 9.5}, {"criterion": 27, "score": 10}, {"criterion": 28, "score": 9}, {"criterion": 29, "score": 9}, {"criterion": 30, "score": 10}
              ],
              "monthlyRatings": ["HTXS", "HTT", "HTT"],
              "disciplineInForce": false,
              "underInspection": false,
              "violationFoundByInspection": false,
              "absenceWorkingDays": 0
            }""";

    public static final String PROFESSIONAL_RESPONSE = """
            {
              "outcome": "PROFESSIONAL",
              "rulePack": "PRO v1",
              "findings": [
                {"ruleId": "PRO-8", "passed": true, "message": "PRO-8: nghỉ 0 ngày làm việc < 15 — được đánh giá", "facts": {"absenceWorkingDays": "0", "kinds": "ANNUAL,MATERNITY,SICK,SUMMER_BREAK,UNPAID", "threshold": "15"}},
                {"ruleId": "PRO-4", "passed": true, "message": "PRO-4: 30 điểm của mẫu 04 đều hợp lệ (từ 1 đến 10, bước 0,5)", "facts": {"form": "04", "scoreCount": "30"}},
                {"ruleId": "PRO-5", "passed": true, "message": "PRO-5: cả 3 tháng xếp loại từ HTT trở lên (HTXS, HTT, HTT)", "facts": {"levels": "HTXS, HTT, HTT", "minimumLevel": "HTT"}},
                {"ruleId": "PRO-5", "passed": true, "message": "PRO-5: có 1 tháng HTXS (cần ít nhất 1)", "facts": {"levels": "HTXS, HTT, HTT", "months": "1", "requiredLevel": "HTXS", "requiredMonths": "1"}},
                {"ruleId": "PRO-5", "passed": true, "message": "PRO-5: không trong thời gian thi hành kỷ luật đảng, chính quyền", "facts": {"discipline": "", "disciplineInForce": "false"}},
                {"ruleId": "PRO-5", "passed": true, "message": "PRO-5: không đang được thanh tra, kiểm tra", "facts": {"underInspection": "false"}},
                {"ruleId": "PRO-5", "passed": true, "message": "PRO-5: không có sai phạm theo kết luận thanh tra, kiểm tra", "facts": {"violationFoundByInspection": "false"}},
                {"ruleId": "PRO-7", "passed": true, "message": "PRO-7: tổng điểm 289 trong khoảng 280–300", "facts": {"form": "04", "max": "300", "min": "280", "total": "289"}},
                {"ruleId": "PRO-7", "passed": true, "message": "PRO-7: cả 20 tiêu chí bắt buộc đạt 10", "facts": {"form": "04", "mandatoryCount": "20", "required": "10"}},
                {"ruleId": "PRO-7", "passed": true, "message": "PRO-7: cả 10 tiêu chí còn lại đạt từ 8 trở lên", "facts": {"form": "04", "otherCount": "10", "required": "8"}}
              ]
            }""";

    /** Form 04 with 7.5 on criterion 14 (not mandatory), an HT in August and no HTXS month: NOT_PROFESSIONAL. */
    public static final String NOT_PROFESSIONAL_REQUEST = """
            {
              "form": "04",
              "quarter": 3,
              "scores": [
                {"criterion": 1, "score": 10}, {"criterion": 2, "score": 10}, {"criterion": 3, "score": 10}, {"criterion": 4, "score": 10}, {"criterion": 5, "score": 10},
                {"criterion": 6, "score": 10}, {"criterion": 7, "score": 10}, {"criterion": 8, "score": 10}, {"criterion": 9, "score": 9}, {"criterion": 10, "score": 9},
                {"criterion": 11, "score": 10}, {"criterion": 12, "score": 10}, {"criterion": 13, "score": 10}, {"criterion": 14, "score": 7.5}, {"criterion": 15, "score": 10},
                {"criterion": 16, "score": 9}, {"criterion": 17, "score": 9}, {"criterion": 18, "score": 10}, {"criterion": 19, "score": 9}, {"criterion": 20, "score": 9},
                {"criterion": 21, "score": 10}, {"criterion": 22, "score": 10}, {"criterion": 23, "score": 10}, {"criterion": 24, "score": 10}, {"criterion": 25, "score": 10},
                {"criterion": 26, "score": 9}, {"criterion": 27, "score": 10}, {"criterion": 28, "score": 9}, {"criterion": 29, "score": 9}, {"criterion": 30, "score": 10}
              ],
              "monthlyRatings": ["HTT", "HT", "HTT"],
              "disciplineInForce": false,
              "underInspection": false,
              "violationFoundByInspection": false,
              "absenceWorkingDays": 0
            }""";

    public static final String NOT_PROFESSIONAL_RESPONSE = """
            {
              "outcome": "NOT_PROFESSIONAL",
              "rulePack": "PRO v1",
              "findings": [
                {"ruleId": "PRO-8", "passed": true, "message": "PRO-8: nghỉ 0 ngày làm việc < 15 — được đánh giá", "facts": {"absenceWorkingDays": "0", "kinds": "ANNUAL,MATERNITY,SICK,SUMMER_BREAK,UNPAID", "threshold": "15"}},
                {"ruleId": "PRO-4", "passed": true, "message": "PRO-4: 30 điểm của mẫu 04 đều hợp lệ (từ 1 đến 10, bước 0,5)", "facts": {"form": "04", "scoreCount": "30"}},
                {"ruleId": "PRO-5", "passed": false, "message": "PRO-5: tháng 8 xếp loại HT (cần từ HTT trở lên)", "facts": {"level": "HT", "minimumLevel": "HTT", "month": "tháng 8"}},
                {"ruleId": "PRO-5", "passed": false, "message": "PRO-5: không có tháng nào HTXS", "facts": {"levels": "HTT, HT, HTT", "months": "0", "requiredLevel": "HTXS", "requiredMonths": "1"}},
                {"ruleId": "PRO-5", "passed": true, "message": "PRO-5: không trong thời gian thi hành kỷ luật đảng, chính quyền", "facts": {"discipline": "", "disciplineInForce": "false"}},
                {"ruleId": "PRO-5", "passed": true, "message": "PRO-5: không đang được thanh tra, kiểm tra", "facts": {"underInspection": "false"}},
                {"ruleId": "PRO-5", "passed": true, "message": "PRO-5: không có sai phạm theo kết luận thanh tra, kiểm tra", "facts": {"violationFoundByInspection": "false"}},
                {"ruleId": "PRO-7", "passed": true, "message": "PRO-7: tổng điểm 288,5 trong khoảng 280–300", "facts": {"form": "04", "max": "300", "min": "280", "total": "288.5"}},
                {"ruleId": "PRO-7", "passed": false, "message": "PRO-7: tiêu chí 14 đạt 7,5 < 8", "facts": {"criterion": "14", "mandatory": "false", "required": "8", "score": "7.5"}},
                {"ruleId": "PRO-7", "passed": true, "message": "PRO-7: cả 20 tiêu chí bắt buộc đạt 10", "facts": {"form": "04", "mandatoryCount": "20", "required": "10"}}
              ]
            }""";

    /** Form 04 with 10.5 on criterion 4 and 7.3 on criterion 12: INVALID_INPUT, nothing else judged. */
    public static final String INVALID_INPUT_REQUEST = """
            {
              "form": "04",
              "quarter": 3,
              "scores": [
                {"criterion": 1, "score": 10}, {"criterion": 2, "score": 10}, {"criterion": 3, "score": 10}, {"criterion": 4, "score": 10.5}, {"criterion": 5, "score": 10},
                {"criterion": 6, "score": 10}, {"criterion": 7, "score": 10}, {"criterion": 8, "score": 10}, {"criterion": 9, "score": 9}, {"criterion": 10, "score": 9},
                {"criterion": 11, "score": 10}, {"criterion": 12, "score": 7.3}, {"criterion": 13, "score": 10}, {"criterion": 14, "score": 9}, {"criterion": 15, "score": 10},
                {"criterion": 16, "score": 9}, {"criterion": 17, "score": 9}, {"criterion": 18, "score": 10}, {"criterion": 19, "score": 9}, {"criterion": 20, "score": 9},
                {"criterion": 21, "score": 10}, {"criterion": 22, "score": 10}, {"criterion": 23, "score": 10}, {"criterion": 24, "score": 10}, {"criterion": 25, "score": 10},
                {"criterion": 26, "score": 9}, {"criterion": 27, "score": 10}, {"criterion": 28, "score": 9}, {"criterion": 29, "score": 9}, {"criterion": 30, "score": 10}
              ],
              "monthlyRatings": ["HTXS", "HTT", "HTT"],
              "disciplineInForce": false,
              "underInspection": false,
              "violationFoundByInspection": false,
              "absenceWorkingDays": 0
            }""";

    public static final String INVALID_INPUT_RESPONSE = """
            {
              "outcome": "INVALID_INPUT",
              "rulePack": "PRO v1",
              "findings": [
                {"ruleId": "PRO-8", "passed": true, "message": "PRO-8: nghỉ 0 ngày làm việc < 15 — được đánh giá", "facts": {"absenceWorkingDays": "0", "kinds": "ANNUAL,MATERNITY,SICK,SUMMER_BREAK,UNPAID", "threshold": "15"}},
                {"ruleId": "PRO-4", "passed": false, "message": "PRO-4: tiêu chí 4: điểm 10,5 không hợp lệ — điểm phải từ 1 đến 10, bước 0,5", "facts": {"criterion": "4", "max": "10", "min": "1", "score": "10.5", "step": "0.5"}},
                {"ruleId": "PRO-4", "passed": false, "message": "PRO-4: tiêu chí 12: điểm 7,3 không hợp lệ — điểm phải từ 1 đến 10, bước 0,5", "facts": {"criterion": "12", "max": "10", "min": "1", "score": "7.3", "step": "0.5"}}
              ]
            }""";

    /** The 400 answer to a form-04 request with 29 scores. */
    public static final String BAD_REQUEST_RESPONSE = """
            {"code": "SCORE_COUNT", "message": "Mẫu 04 có 30 tiêu chí; yêu cầu gửi 29 điểm."}""";

    private PreviewExamples() {
    }
}
