package vn.danhgia.organization.infrastructure.imports;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import vn.danhgia.organization.api.imports.ImportSettings;

/**
 * The catalogue of every message an import can report, in Vietnamese. Each message says what is
 * wrong and what to do, and quotes the value it is about.
 */
public final class ImportMessages {

    static final Locale VI = Locale.forLanguageTag("vi-VN");
    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private ImportMessages() {
    }

    // --- the whole file -------------------------------------------------------------------------

    public static String fileEmpty() {
        return "Tệp rỗng: không có dữ liệu nào để nhập.";
    }

    public static String fileTooLarge(long size, ImportSettings settings) {
        return "Tệp có dung lượng " + megabytes(size) + ", vượt quá giới hạn " + settings.maxFileSizeText()
                + "; hãy chia thành nhiều tệp nhỏ hơn.";
    }

    public static String unknownFileType(String fileName) {
        return "Không nhận loại tệp \"" + fileName + "\": chỉ nhận tệp Excel (.xlsx) hoặc tệp CSV (.csv, mã UTF-8).";
    }

    public static String oldExcelOrEncrypted() {
        return "Tệp là bảng tính Excel 97-2003 (.xls) hoặc có đặt mật khẩu: hãy mở tệp trong Excel, bỏ mật khẩu "
                + "(nếu có) và lưu lại dưới dạng \"Excel Workbook (*.xlsx)\".";
    }

    public static String unreadableXlsx() {
        return "Không đọc được tệp Excel: tệp bị hỏng hoặc không phải định dạng .xlsx.";
    }

    public static String csvNotUtf8() {
        return "Tệp CSV không ở mã UTF-8: trong Excel hãy chọn Lưu thành \"CSV UTF-8 (Comma delimited) (*.csv)\".";
    }

    public static String unterminatedQuote(int row) {
        return "Dấu ngoặc kép mở ở dòng " + row + " không được đóng: hãy kiểm tra các giá trị có dấu ngoặc kép.";
    }

    public static String noHeader(int searchedRows, List<String> requiredHeaders) {
        return "Không tìm thấy dòng tiêu đề trong " + searchedRows + " dòng đầu của tệp: dòng tiêu đề phải có ít nhất "
                + "các cột " + String.join(", ", requiredHeaders) + " (xem tệp mẫu).";
    }

    public static String missingColumns(int headerRow, List<String> missing) {
        return "Dòng tiêu đề (dòng " + headerRow + ") thiếu cột bắt buộc: " + String.join(", ", missing) + ".";
    }

    public static String duplicateColumn(String header, String firstRef, String secondRef) {
        return "Cột \"" + header + "\" xuất hiện hai lần trong dòng tiêu đề (ô " + firstRef + " và ô " + secondRef
                + "); hãy xóa một cột.";
    }

    public static String noDataRows() {
        return "Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.";
    }

    public static String tooManyRows(int rows, ImportSettings settings) {
        return "Tệp có " + number(rows) + " dòng dữ liệu, vượt quá giới hạn " + number(settings.maxRows())
                + " dòng; hãy chia thành nhiều tệp.";
    }

    public static String writeFailed() {
        return "Không ghi được dữ liệu vào cơ sở dữ liệu nên không có dữ liệu nào thay đổi; hãy thử lại sau ít phút.";
    }

    public static String concurrentChange(String staffCode) {
        return "Dữ liệu của cán bộ mã " + staffCode + " vừa được người khác thay đổi trong lúc nhập; không có dữ liệu "
                + "nào thay đổi, hãy nhập lại tệp.";
    }

    // --- one cell -------------------------------------------------------------------------------

    public static String formula(String cellRef) {
        return "Ô " + cellRef + " chứa công thức; hãy dán giá trị thay cho công thức.";
    }

    public static String required(String column) {
        return "Thiếu " + column + ": đây là cột bắt buộc.";
    }

    public static String requiredForNewPerson(String column, String staffCode) {
        return "Thiếu " + column + ": bắt buộc khi thêm cán bộ mới (mã " + staffCode + " chưa có trong hệ thống).";
    }

    public static String duplicateStaffCode(String staffCode, int firstRow) {
        return "Mã cán bộ " + staffCode + " trùng với dòng " + firstRow
                + "; mỗi cán bộ chỉ được có một dòng trong tệp.";
    }

    public static String badStaffCode(String value, int maxLength) {
        return "Mã cán bộ \"" + value + "\" không hợp lệ: chỉ gồm chữ cái không dấu, chữ số và các ký tự . - _ / "
                + "(tối đa " + maxLength + " ký tự).";
    }

    public static String badDate(String column, String value) {
        return column + ": \"" + value + "\" không phải là ngày hợp lệ; hãy nhập theo dạng ngày/tháng/năm "
                + "(dd/MM/yyyy), ví dụ 15/03/1985.";
    }

    public static String notAllowed(String column, String value, List<String> allowed) {
        return "Giá trị \"" + value + "\" không hợp lệ ở cột " + column + "; chỉ nhận: " + String.join(", ", allowed) + ".";
    }

    public static String birthInFuture(LocalDate birth, LocalDate today) {
        return "Ngày sinh " + date(birth) + " ở tương lai (hôm nay là " + date(today) + ").";
    }

    public static String tooYoung(LocalDate birth, int age, int minAge, LocalDate today) {
        return "Ngày sinh " + date(birth) + ": đến ngày " + date(today) + " mới " + age + " tuổi, chưa đủ " + minAge
                + " tuổi.";
    }

    public static String tooLong(String column, int maxLength) {
        return column + " dài quá " + maxLength + " ký tự.";
    }

    public static String unknownUnit(String unitCode, LocalDate on) {
        return "Không có đơn vị mã " + unitCode + " vào ngày " + date(on) + ".";
    }

    public static String unknownGrade(String code, Collection<String> known) {
        String hint = code.matches("\\d{1,2}\\.\\d{1,3}") && !code.matches("\\d{2}\\.\\d{3}")
                ? " (Excel có thể đã đổi mã thành số và bỏ số 0 ở đầu: hãy định dạng cột là Văn bản rồi nhập lại mã.)"
                : "";
        return "Không có mã ngạch/hạng " + code + " trong danh mục; các mã hợp lệ: " + String.join(", ", known) + "."
                + hint;
    }

    public static String gradeDateMissing(String gradeCode) {
        return "Thiếu Ngày bổ nhiệm ngạch cho mã ngạch/hạng " + gradeCode + ".";
    }

    public static String gradeCodeMissing() {
        return "Có Ngày bổ nhiệm ngạch nhưng thiếu Mã ngạch/hạng.";
    }

    public static String gradeBeforeBirth(LocalDate appointed, LocalDate birth) {
        return "Ngày bổ nhiệm ngạch " + date(appointed) + " trước ngày sinh " + date(birth) + ".";
    }

    public static String positionMissing(String unitCode) {
        return "Thiếu Chức vụ tại đơn vị " + unitCode + ": hãy ghi chức vụ (ví dụ Chuyên viên).";
    }

    public static String unitMissingForPosition() {
        return "Có Chức vụ hoặc Vai trò nhưng thiếu Mã đơn vị; hãy nhập đủ Mã đơn vị, Chức vụ và Vai trò.";
    }

    public static String membershipDateConflict(LocalDate effective, String unitCode, LocalDate currentFrom) {
        return "Ngày hiệu lực " + date(effective) + " phải sau ngày bắt đầu công tác hiện tại tại đơn vị " + unitCode
                + " (" + date(currentFrom) + ").";
    }

    public static String gradeDateConflict(LocalDate appointed, String currentCode, LocalDate currentFrom) {
        return "Ngày bổ nhiệm ngạch " + date(appointed) + " phải sau ngày bổ nhiệm ngạch hiện tại " + currentCode
                + " (" + date(currentFrom) + ").";
    }

    // --- formatting -----------------------------------------------------------------------------

    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public static String number(long n) {
        return NumberFormat.getIntegerInstance(VI).format(n);
    }

    public static String megabytes(long bytes) {
        // rounded up, so that a file just over the limit never reads as exactly the limit
        return String.format(VI, "%.1f MB", Math.ceil(bytes * 10 / (1024.0 * 1024.0)) / 10);
    }
}
