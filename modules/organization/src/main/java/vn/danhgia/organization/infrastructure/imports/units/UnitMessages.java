package vn.danhgia.organization.infrastructure.imports.units;

import java.time.LocalDate;
import java.util.List;
import vn.danhgia.organization.infrastructure.imports.ImportMessages;

/** Vietnamese messages of the units import that the people import has no use for. */
public final class UnitMessages {

    private UnitMessages() {
    }

    public static String badUnitCode(String value, int maxLength) {
        return "Mã đơn vị \"" + value + "\" không hợp lệ: chỉ gồm chữ cái không dấu, chữ số và các ký tự . - _ "
                + "(tối đa " + maxLength + " ký tự).";
    }

    public static String duplicateUnitCode(String code, int firstRow) {
        return "Mã đơn vị " + code + " trùng với dòng " + firstRow + "; mỗi đơn vị chỉ được có một dòng trong tệp.";
    }

    public static String requiredForNewUnit(String column, String code) {
        return "Thiếu " + column + ": bắt buộc khi thêm đơn vị mới (mã " + code + " chưa có trong hệ thống).";
    }

    public static String unknownParent(String parentCode) {
        return "Không có đơn vị cấp trên mã " + parentCode + " trong hệ thống hay trong tệp; hãy kiểm tra mã hoặc "
                + "thêm dòng cho đơn vị đó.";
    }

    public static String selfParent(String code) {
        return "Đơn vị " + code + " không thể là cấp trên của chính nó.";
    }

    public static String cycle(List<String> codes) {
        return "Mã đơn vị cấp trên tạo thành vòng lặp: " + String.join(" → ", codes)
                + "; hãy sửa để mỗi đơn vị có một chuỗi cấp trên kết thúc ở đơn vị gốc.";
    }

    public static String validToNotAfterFrom(LocalDate to, LocalDate from) {
        return "Hiệu lực đến ngày " + ImportMessages.date(to) + " phải sau Hiệu lực từ ngày " + ImportMessages.date(from)
                + ".";
    }

    public static String pathTooLong(String code, int max) {
        return "Đơn vị " + code + " nằm quá sâu trong cây đơn vị: đường dẫn mã các cấp dài quá " + max + " ký tự.";
    }

    public static String concurrentChange(String code) {
        return "Dữ liệu của đơn vị mã " + code + " vừa được người khác thay đổi trong lúc nhập; không có dữ liệu "
                + "nào thay đổi, hãy nhập lại tệp.";
    }
}
