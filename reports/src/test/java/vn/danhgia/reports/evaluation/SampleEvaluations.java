package vn.danhgia.reports.evaluation;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Test data: the third quarter of 2023 in Long Biên district. The criteria are an illustrative
 * sample (the real texts are rule-pack data, PRO-13); a few names and texts are long enough to wrap.
 */
final class SampleEvaluations {

    static final String DISTRICT = "UBND quận Long Biên";
    static final String PERIOD = "Quý III năm 2023";

    private static final String[] FAMILY = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đặng", "Bùi", "Đỗ", "Ngô",
            "Dương", "Lý"};
    private static final String[] MIDDLE = {"Thị Thu", "Văn", "Đức", "Thị Ngọc", "Minh", "Thị Hồng", "Quang", "Thị"};
    private static final String[] GIVEN = {"Hà", "An", "Hùng", "Hương", "Dũng", "Lan", "Tuấn", "Phượng", "Thắng",
            "Nguyệt", "Khải", "Yến", "Cường"};
    private static final String[] POSITIONS = {"Chuyên viên", "Phó Trưởng phòng", "Cán sự", "Chuyên viên chính",
            "Nhân viên hợp đồng", "Kế toán viên"};

    /** The departments and wards whose results the Home Affairs Office collects (PRO-11). */
    static final String[] UNITS = {"Văn phòng HĐND và UBND quận", "Phòng Tư pháp", "Phòng Tài chính - Kế hoạch",
            "Phòng Tài nguyên và Môi trường", "Phòng Quản lý đô thị", "Phòng Văn hóa và Thông tin", "Phòng Y tế",
            "Phòng Kinh tế", "Phòng Lao động - Thương binh và Xã hội", "Thanh tra quận", "UBND phường Bồ Đề",
            "UBND phường Thượng Thanh", "UBND phường Ngọc Thụy", "UBND phường Việt Hưng"};

    /** Criteria groups of the sample set with their criteria; the first {@code mandatory} of each group are mandatory. */
    private static final Object[][] GROUPS = {
            {"I. Tư tưởng chính trị, phẩm chất đạo đức, lối sống", 4, new String[]{
                    "Chấp hành chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước",
                    "Giữ gìn phẩm chất đạo đức, lối sống lành mạnh; không có biểu hiện suy thoái",
                    "Đoàn kết, xây dựng cơ quan, đơn vị trong sạch, vững mạnh",
                    "Trung thực, khách quan, thẳng thắn trong công tác",
                    "Gương mẫu thực hiện nếp sống văn minh nơi công cộng",
                    "Tham gia đầy đủ các hoạt động của cơ quan, đoàn thể"}},
            {"II. Ý thức tổ chức kỷ luật, tác phong, lề lối làm việc", 5, new String[]{
                    "Chấp hành sự phân công của tổ chức; thực hiện đúng quy chế làm việc của cơ quan",
                    "Đảm bảo thời gian làm việc; không đi muộn, về sớm, làm việc riêng trong giờ hành chính",
                    "Giao tiếp, ứng xử với người dân, tổ chức đúng mực, tận tình, chu đáo",
                    "Không gây phiền hà, sách nhiễu người dân, tổ chức",
                    "Giữ gìn bí mật nhà nước, bí mật công tác",
                    "Sắp xếp nơi làm việc khoa học, gọn gàng, ngăn nắp",
                    "Trang phục gọn gàng, lịch sự; đeo thẻ công chức, viên chức khi thi hành công vụ",
                    "Sử dụng tiết kiệm điện, nước, văn phòng phẩm và tài sản công"}},
            {"III. Năng lực chuyên môn, nghiệp vụ", 6, new String[]{
                    "Nắm vững chức năng, nhiệm vụ của cơ quan và vị trí việc làm",
                    "Thành thạo kỹ năng soạn thảo văn bản đúng thể thức, kỹ thuật trình bày",
                    "Sử dụng thành thạo phần mềm quản lý văn bản và điều hành, chữ ký số",
                    "Chủ động nghiên cứu, đề xuất giải pháp nâng cao hiệu quả công việc",
                    "Thường xuyên học tập, cập nhật kiến thức pháp luật liên quan đến lĩnh vực phụ trách",
                    "Có khả năng làm việc nhóm, phối hợp với đồng nghiệp",
                    "Sử dụng ngoại ngữ phục vụ công việc",
                    "Tham gia đầy đủ các lớp đào tạo, bồi dưỡng được cử đi học"}},
            {"IV. Kết quả thực hiện nhiệm vụ", 5, new String[]{
                    "Hoàn thành 100% nhiệm vụ được giao đúng tiến độ, đảm bảo chất lượng",
                    "Giải quyết hồ sơ thủ tục hành chính đúng hạn, không để tồn đọng",
                    "Không có đơn thư khiếu nại, tố cáo liên quan đến việc thực hiện nhiệm vụ",
                    "Thực hiện chế độ thông tin, báo cáo đầy đủ, chính xác, kịp thời",
                    "Lập kế hoạch công tác tuần, tháng, quý và tổ chức thực hiện có hiệu quả",
                    "Có sáng kiến, cách làm hay được cơ quan, đơn vị ghi nhận",
                    "Được người dân, tổ chức đánh giá hài lòng",
                    "Tham gia tích cực các phong trào thi đua do cơ quan, đơn vị phát động"}},
            {"V. Năng lực lãnh đạo, quản lý (cán bộ diện Ban Thường vụ quản lý)", 10, new String[]{
                    "Xây dựng chương trình, kế hoạch công tác của đơn vị sát với thực tiễn",
                    "Chỉ đạo, điều hành đơn vị hoàn thành các chỉ tiêu, nhiệm vụ được giao",
                    "Phân công nhiệm vụ rõ người, rõ việc, rõ thời gian, rõ trách nhiệm",
                    "Kiểm tra, đôn đốc, đánh giá kết quả thực hiện nhiệm vụ của cán bộ thuộc quyền",
                    "Đơn vị không có cán bộ, công chức, viên chức, người lao động vi phạm kỷ luật",
                    "Giải quyết kịp thời kiến nghị, đề xuất của cán bộ, công chức và người dân",
                    "Gương mẫu, đi đầu trong việc thực hiện các nhiệm vụ khó, phức tạp",
                    "Thực hiện tốt công tác dân chủ ở cơ sở, công khai, minh bạch trong đơn vị",
                    "Chỉ đạo thực hiện cải cách hành chính, chuyển đổi số tại đơn vị",
                    "Quan tâm đào tạo, bồi dưỡng, quy hoạch cán bộ kế cận",
                    "Chủ trì, phối hợp hiệu quả với các cơ quan, đơn vị liên quan",
                    "Tổ chức tốt công tác tiếp công dân theo quy định",
                    "Xây dựng văn hóa công sở và môi trường làm việc thân thiện",
                    "Không để xảy ra điểm nóng, khiếu kiện đông người trong lĩnh vực phụ trách",
                    "Thực hành tiết kiệm, chống lãng phí trong đơn vị"}}};

    private SampleEvaluations() {
    }

    /** "Nguyễn Thị Thu Hà", "Trần Văn An", ...: distinct for the first few hundred. */
    static String name(int i) {
        return FAMILY[i % FAMILY.length] + " " + MIDDLE[(i / FAMILY.length + i) % MIDDLE.length] + " "
                + GIVEN[(i * 7) % GIVEN.length];
    }

    static String position(int i) {
        return POSITIONS[(i * 5) % POSITIONS.length];
    }

    /** "Chuyên nghiệp" for most; every 12th not evaluated (PRO-8), every 8th of the others not professional. */
    static String outcome(int i) {
        if (i % 12 == 11) {
            return "Không đánh giá";
        }
        return i % 8 == 5 ? "Không chuyên nghiệp" : "Chuyên nghiệp";
    }

    static String note(int i) {
        return i % 12 == 11 ? "Nghỉ thai sản từ 03/7/2023" : null;
    }

    /**
     * The criteria of a sheet: 30 (forms 04/05: groups I-IV, 20 mandatory) or 45 (form 03: groups I-V,
     * 30 mandatory), all scored 10 by the person; the evaluator gives 9 to the non-mandatory ones and
     * {@code weakScore} to criterion {@code weakNumber} (0 for none).
     */
    static List<EvaluationSheetReport.Row> criteria(int count, int weakNumber, String weakScore) {
        List<EvaluationSheetReport.Row> rows = new ArrayList<>();
        for (Object[] group : GROUPS) {
            String heading = (String) group[0];
            int mandatory = (Integer) group[1];
            String[] texts = (String[]) group[2];
            for (int i = 0; i < texts.length && rows.size() < count; i++) {
                int number = rows.size() + 1;
                boolean isMandatory = i < mandatory;
                String score = number == weakNumber ? weakScore : isMandatory ? "10" : "9";
                rows.add(new EvaluationSheetReport.Row(number, heading, texts[i], isMandatory, "10", score));
            }
        }
        if (rows.size() != count) {
            throw new IllegalArgumentException("the sample set has " + rows.size() + " criteria, not " + count);
        }
        return rows;
    }

    /** The sum of the scores, written the Vietnamese way: "288,5". */
    static String sum(List<EvaluationSheetReport.Row> rows, boolean self) {
        BigDecimal sum = BigDecimal.ZERO;
        for (EvaluationSheetReport.Row row : rows) {
            sum = sum.add(new BigDecimal((self ? row.selfScore() : row.score()).replace(',', '.')));
        }
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.forLanguageTag("vi-VN"))).format(sum);
    }
}
