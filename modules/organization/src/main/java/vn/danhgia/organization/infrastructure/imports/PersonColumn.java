package vn.danhgia.organization.infrastructure.imports;

import java.util.List;

/**
 * The columns of a people file, in template order, with their Vietnamese header, accepted
 * aliases, and the explanation printed on the template's "Hướng dẫn" sheet.
 */
public enum PersonColumn implements ImportColumn {

    STAFF_CODE("Mã cán bộ", true, List.of("Mã CB", "Mã số cán bộ", "Mã nhân sự", "Staff code"),
            "Mã định danh duy nhất của cán bộ; dùng để nhận ra cán bộ đã có khi nhập lại.",
            "Chữ cái không dấu, chữ số và . - _ / ; tối đa 32 ký tự. Không trùng nhau trong tệp.",
            "CB000123"),
    FULL_NAME("Họ và tên", true, List.of("Họ tên", "Họ và tên cán bộ", "Full name"),
            "Họ và tên đầy đủ, có dấu.",
            "Tối đa 200 ký tự.",
            "Nguyễn Thị Thu Hà"),
    BIRTH_DATE("Ngày sinh", false, List.of("Ngày tháng năm sinh", "Sinh ngày", "Date of birth"),
            "Ngày sinh. Bắt buộc khi thêm cán bộ mới.",
            "dd/MM/yyyy (ví dụ 15/03/1985) hoặc ô kiểu ngày; không ở tương lai; đủ 15 tuổi.",
            "15/03/1985"),
    SEX("Giới tính", false, List.of("Giới", "Sex"),
            "Giới tính. Bắt buộc khi thêm cán bộ mới.",
            "Nam, Nữ",
            "Nữ"),
    ETHNICITY("Dân tộc", false, List.of("Ethnicity"),
            "Dân tộc. Để trống khi thêm mới: Kinh.",
            "Tên dân tộc, tối đa 64 ký tự.",
            "Kinh"),
    MINORITY_AREA("Vùng dân tộc thiểu số", false,
            List.of("Vùng DTTS", "Công tác ở vùng dân tộc thiểu số", "Làm việc ở vùng dân tộc thiểu số"),
            "Có công tác ở vùng dân tộc thiểu số không. Để trống khi thêm mới: Không.",
            "Có, Không",
            "Không"),
    CATEGORY("Loại", false, List.of("Loại cán bộ", "Phân loại", "Đối tượng", "Category"),
            "Loại cán bộ (RULES ORG-2): chọn biểu mẫu và mức xếp loại hằng năm. Bắt buộc khi thêm cán bộ mới.",
            "Cán bộ, Công chức, Viên chức, Lao động hợp đồng, Không chuyên trách",
            "Công chức"),
    STANDING_COMMITTEE("Diện BTV quản lý", false,
            List.of("Diện Ban Thường vụ quản lý", "Diện BTV", "BTV quản lý", "Diện Ban Thường vụ Quận ủy quản lý",
                    "Diện Ban Thường vụ Thành ủy quản lý"),
            "Thuộc diện Ban Thường vụ Thành ủy/Quận ủy quản lý (dùng mẫu 03). Để trống khi thêm mới: Không.",
            "Có, Không",
            "Không"),
    UNIT_CODE("Mã đơn vị", false, List.of("Mã ĐV", "Đơn vị công tác (mã)", "Unit code"),
            "Mã đơn vị công tác chính (xem Danh sách đơn vị). Bắt buộc khi thêm cán bộ mới.",
            "Mã một đơn vị có hiệu lực vào Ngày hiệu lực.",
            "UB-PNV"),
    POSITION("Chức vụ", false, List.of("Chức danh", "Chức vụ, chức danh", "Position"),
            "Chức vụ tại đơn vị. Bắt buộc khi có Mã đơn vị.",
            "Tối đa 200 ký tự.",
            "Chuyên viên"),
    ROLE("Vai trò", false, List.of("Vai trò trong đơn vị", "Cấp trưởng/phó", "Role"),
            "Cấp trưởng, cấp phó hay thành viên của đơn vị (RULES ORG-5). Để trống: Thành viên (cán bộ đã có, cùng đơn vị: giữ vai trò đang lưu).",
            "Trưởng, Phó, Thành viên",
            "Thành viên"),
    GRADE_CODE("Mã ngạch/hạng", false,
            List.of("Mã ngạch", "Mã hạng", "Mã ngạch, hạng", "Mã chức danh nghề nghiệp", "Mã ngạch/chức danh nghề nghiệp",
                    "Grade code"),
            "Mã ngạch công chức hoặc mã hạng chức danh nghề nghiệp hiện giữ (RULES ORG-4). Có thể để trống.",
            "Một mã trong danh mục ngạch/hạng (xem bên dưới). Định dạng cột là Văn bản để giữ số 0 ở đầu.",
            "01.003"),
    GRADE_DATE("Ngày bổ nhiệm ngạch", false,
            List.of("Ngày bổ nhiệm ngạch/hạng", "Ngày bổ nhiệm ngạch, hạng", "Ngày bổ nhiệm", "Grade date"),
            "Ngày được bổ nhiệm chính thức vào ngạch/hạng (không tính thời gian tập sự). Bắt buộc khi có Mã ngạch/hạng.",
            "dd/MM/yyyy",
            "01/06/2015"),
    EFFECTIVE_DATE("Ngày hiệu lực", false, List.of("Hiệu lực từ ngày", "Từ ngày", "Effective date"),
            "Ngày bắt đầu công tác tại đơn vị, chức vụ, vai trò trên. Để trống: ngày nhập tệp.",
            "dd/MM/yyyy",
            "01/01/2024");

    private final String header;
    private final boolean required;
    private final List<String> aliases;
    private final String meaning;
    private final String allowed;
    private final String example;

    PersonColumn(String header, boolean required, List<String> aliases, String meaning, String allowed, String example) {
        this.header = header;
        this.required = required;
        this.aliases = aliases;
        this.meaning = meaning;
        this.allowed = allowed;
        this.example = example;
    }

    @Override
    public String header() {
        return header;
    }

    @Override
    public List<String> aliases() {
        return aliases;
    }

    @Override
    public boolean required() {
        return required;
    }

    /** What the column means, for the template's instructions. */
    public String meaning() {
        return meaning;
    }

    /** The accepted values or format, for the template's instructions. */
    public String allowed() {
        return allowed;
    }

    /** The value of the template's example row. */
    public String example() {
        return example;
    }
}
