package vn.danhgia.organization.infrastructure.imports.units;

import java.util.List;
import vn.danhgia.organization.infrastructure.imports.ImportColumn;

/** The columns of a units file (RULES.md ORG-1), in template order. */
public enum UnitColumn implements ImportColumn {

    CODE("Mã đơn vị", true, List.of("Mã ĐV", "Mã cơ quan, đơn vị", "Unit code"),
            "Mã định danh duy nhất của đơn vị; dùng để nhận ra đơn vị đã có khi nhập lại.",
            "Chữ cái không dấu, chữ số và . - _ ; tối đa 32 ký tự. Không trùng nhau trong tệp.", "UB-PNV"),
    NAME("Tên đơn vị", true, List.of("Tên cơ quan, đơn vị", "Tên cơ quan", "Unit name"),
            "Tên đầy đủ của đơn vị, có dấu.", "Tối đa 255 ký tự.", "Phòng Nội vụ"),
    UNIT_TYPE("Loại đơn vị", false, List.of("Unit type"),
            "Tên loại đơn vị để hiển thị. Để trống: tên của Loại cơ quan (đơn vị đã có: giữ giá trị đang lưu).",
            "Tối đa 64 ký tự.", "Phòng chuyên môn"),
    KIND("Loại cơ quan", false, List.of("Loại cơ quan, đơn vị", "Kind"),
            "Loại cơ quan theo RULES ORG-1 (quyết định ai đánh giá ai). Bắt buộc khi thêm đơn vị mới.",
            "Một trong các loại ở bảng bên dưới (tên tiếng Việt hoặc mã).", "Phòng Nội vụ"),
    BLOCK("Khối", false, List.of("Khối cơ quan", "Block"),
            "Khối của đơn vị. Để trống: khối của Loại cơ quan (đơn vị đã có, không đổi loại: giữ giá trị đang lưu).",
            "Đảng, đoàn thể; Chính quyền; Trường học", "Chính quyền"),
    PARENT_CODE("Mã đơn vị cấp trên", false, List.of("Mã cấp trên", "Mã đơn vị cha", "Parent code"),
            "Mã đơn vị cấp trên: một đơn vị đã có hoặc một đơn vị khai trong cùng tệp (ở dòng trên hay dưới đều "
                    + "được). Để trống: đơn vị mới là đơn vị gốc; đơn vị đã có giữ cấp trên đang lưu.",
            "Mã đơn vị; không tạo thành vòng lặp.", "UBND"),
    AREA_CODE("Mã địa bàn", false, List.of("Địa bàn", "Area code"),
            "Mã địa bàn (phường) dùng chung cho các cơ quan của cùng một phường. Có thể để trống.",
            "Tối đa 32 ký tự.", ""),
    VALID_FROM("Hiệu lực từ ngày", false, List.of("Từ ngày", "Ngày hiệu lực", "Valid from"),
            "Ngày đơn vị bắt đầu có hiệu lực. Để trống: ngày nhập tệp (đơn vị đã có: giữ giá trị đang lưu).",
            "dd/MM/yyyy", "01/01/2024"),
    VALID_TO("Hiệu lực đến ngày", false, List.of("Đến ngày", "Valid to"),
            "Ngày đơn vị hết hiệu lực (giải thể, sáp nhập). Có thể để trống.",
            "dd/MM/yyyy, sau Hiệu lực từ ngày", "");

    private final String header;
    private final boolean required;
    private final List<String> aliases;
    private final String meaning;
    private final String allowed;
    private final String example;

    UnitColumn(String header, boolean required, List<String> aliases, String meaning, String allowed, String example) {
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

    public String meaning() {
        return meaning;
    }

    public String allowed() {
        return allowed;
    }

    public String example() {
        return example;
    }
}
