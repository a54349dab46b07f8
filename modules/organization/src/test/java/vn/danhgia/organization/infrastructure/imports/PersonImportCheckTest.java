package vn.danhgia.organization.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.organization.api.imports.ImportError;
import vn.danhgia.organization.api.imports.ImportReport;
import vn.danhgia.organization.api.imports.ImportSettings;
import vn.danhgia.organization.api.imports.ImportStatus;
import vn.danhgia.organization.api.imports.RowOutcome;

/** The full check of a people file (read, header, rows, plan) against an in-memory stored state. */
class PersonImportCheckTest {

    private static final ImportSettings SETTINGS = ImportSettings.DEFAULTS;

    private static PersonImportCheck.Result check(String name, byte[] content) {
        return new PersonImportCheck(SETTINGS, Fixtures.TODAY).check(name, content, Fixtures.state().ha().loader());
    }

    private static List<ImportError> errorsOf(String... dataLines) {
        List<String> lines = new ArrayList<>();
        lines.add(Fixtures.HEADER);
        lines.addAll(List.of(dataLines));
        return check("can-bo.csv", Fixtures.csv(lines.toArray(String[]::new))).errors();
    }

    /** The only error of the (single) data row of the file, in the given column. */
    private static ImportError only(String column, String dataLine) {
        List<ImportError> errors = errorsOf(dataLine);
        List<ImportError> inColumn = errors.stream().filter(e -> column.equals(e.column())).toList();
        if (inColumn.size() != 1) {
            fail("expected one error in " + column + ", got:\n" + Fixtures.describe(errors));
        }
        return inColumn.get(0);
    }

    private static String row(String code, String name, String birth, String sex, String category, String unit,
                              String position, String role, String grade, String gradeDate, String effective) {
        return String.join(",", code, name, birth, sex, "", "", category, "", unit, position, role, grade, gradeDate,
                effective);
    }

    private static String valid(String code) {
        return row(code, "Lê Văn An", "01/02/1990", "Nam", "Công chức", "UB-PNV", "Chuyên viên", "", "01.003",
                "01/06/2015", "");
    }

    @Test
    @DisplayName("A valid file: new people are planned for creation, a stored one as unchanged; nothing is refused")
    void validFile() {
        PersonImportCheck.Result r = check("can-bo.csv", Fixtures.csv(Fixtures.HEADER, Fixtures.HA, Fixtures.DUC, valid("CB003")));
        assertEquals("", Fixtures.describe(r.errors()));
        assertTrue(r.accepted());
        assertEquals(3, r.rowsTotal());
        assertEquals(2, r.created());
        assertEquals(0, r.updated());
        assertEquals(1, r.unchanged());
        ImportReport report = r.report(7L, "can-bo.csv", SETTINGS);
        assertEquals(ImportStatus.ACCEPTED, report.status());
        assertEquals(64, report.fileSha256().length());
        assertEquals(List.of(RowOutcome.UNCHANGED, RowOutcome.CREATE, RowOutcome.CREATE),
                r.firstRows().stream().map(v -> v.outcome()).toList());
        assertEquals("Nguyễn Thị Thu Hà", r.firstRows().get(0).fullName());
    }

    @Test
    @DisplayName("Missing required values: Mã cán bộ, Họ và tên")
    void required() {
        assertEquals("Thiếu Mã cán bộ: đây là cột bắt buộc.", only("Mã cán bộ", valid("")).message());
        assertEquals("Thiếu Họ và tên: đây là cột bắt buộc.",
                only("Họ và tên", valid("CB009").replace("Lê Văn An", "  ")).message());
    }

    @Test
    @DisplayName("A new staff code needs date of birth, sex, category and unit")
    void requiredForNewPerson() {
        List<ImportError> errors = errorsOf(row("CB009", "Lê Văn An", "", "", "", "", "", "", "", "", ""));
        assertEquals(List.of(
                        "Thiếu Ngày sinh: bắt buộc khi thêm cán bộ mới (mã CB009 chưa có trong hệ thống).",
                        "Thiếu Giới tính: bắt buộc khi thêm cán bộ mới (mã CB009 chưa có trong hệ thống).",
                        "Thiếu Loại: bắt buộc khi thêm cán bộ mới (mã CB009 chưa có trong hệ thống).",
                        "Thiếu Mã đơn vị: bắt buộc khi thêm cán bộ mới (mã CB009 chưa có trong hệ thống)."),
                errors.stream().map(ImportError::message).toList());
        assertEquals(List.of("Ngày sinh", "Giới tính", "Loại", "Mã đơn vị"), errors.stream().map(ImportError::column).toList());
    }

    @Test
    @DisplayName("A known staff code may leave every other cell blank: blank keeps what is stored")
    void knownPersonBlankCells() {
        PersonImportCheck.Result r = check("a.csv", Fixtures.csv(Fixtures.HEADER, "CB001,Nguyễn Thị Thu Hà,,,,,,,,,,,,"));
        assertEquals("", Fixtures.describe(r.errors()));
        assertEquals(1, r.unchanged());
    }

    @Test
    @DisplayName("Bad staff code and a staff code repeated in the file")
    void staffCodes() {
        assertEquals("Mã cán bộ \"CB 001\" không hợp lệ: chỉ gồm chữ cái không dấu, chữ số và các ký tự . - _ / "
                + "(tối đa 32 ký tự).", only("Mã cán bộ", valid("CB 001")).message());
        List<ImportError> errors = errorsOf(valid("CB010"), valid("CB011"), valid("cb010"));
        assertEquals(1, errors.size(), Fixtures.describe(errors));
        assertEquals(new ImportError(4, "Mã cán bộ", "cb010",
                "Mã cán bộ cb010 trùng với dòng 2; mỗi cán bộ chỉ được có một dòng trong tệp."), errors.get(0));
    }

    @Test
    @DisplayName("Bad dates in every date column, with the value quoted")
    void badDates() {
        assertEquals(new ImportError(2, "Ngày sinh", "32/13/1990", "Ngày sinh: \"32/13/1990\" không phải là ngày hợp lệ; "
                        + "hãy nhập theo dạng ngày/tháng/năm (dd/MM/yyyy), ví dụ 15/03/1985."),
                only("Ngày sinh", valid("CB009").replace("01/02/1990", "32/13/1990")));
        assertEquals("Ngày bổ nhiệm ngạch: \"2015-06-01\" không phải là ngày hợp lệ; hãy nhập theo dạng ngày/tháng/năm "
                        + "(dd/MM/yyyy), ví dụ 15/03/1985.",
                only("Ngày bổ nhiệm ngạch", valid("CB009").replace("01/06/2015", "2015-06-01")).message());
        assertEquals("Ngày hiệu lực: \"29/02/2023\" không phải là ngày hợp lệ; hãy nhập theo dạng ngày/tháng/năm "
                        + "(dd/MM/yyyy), ví dụ 15/03/1985.",
                only("Ngày hiệu lực", valid("CB009") + "29/02/2023").message());
    }

    @Test
    @DisplayName("Dates may be written d/M/yyyy, with dashes or dots")
    void dateVariants() {
        assertEquals("", Fixtures.describe(errorsOf(valid("CB009").replace("01/02/1990", "1/2/1990")
                .replace("01/06/2015", "01-06-2015") + "1.1.2024")));
    }

    @Test
    @DisplayName("ORG-10: a date of birth in the future, or an age under 15 on the import date")
    void birthDates() {
        assertEquals("Ngày sinh 01/01/2030 ở tương lai (hôm nay là 10/03/2025).",
                only("Ngày sinh", valid("CB009").replace("01/02/1990", "01/01/2030")).message());
        assertEquals("Ngày sinh 01/01/2015: đến ngày 10/03/2025 mới 10 tuổi, chưa đủ 15 tuổi.",
                only("Ngày sinh", valid("CB009").replace("01/02/1990", "01/01/2015")
                        .replace("01/06/2015", "01/06/2024")).message());
        assertEquals("", Fixtures.describe(errorsOf(valid("CB009").replace("01/02/1990", "10/03/2010")
                .replace("01/06/2015", "01/06/2024"))), "exactly 15 on the import date is accepted");
    }

    @Test
    @DisplayName("Unknown coded values list the allowed ones: sex, category, role, yes/no")
    void codedValues() {
        assertEquals("Giá trị \"Khác\" không hợp lệ ở cột Giới tính; chỉ nhận: Nam, Nữ.",
                only("Giới tính", valid("CB009").replace(",Nam,", ",Khác,")).message());
        assertEquals("Giá trị \"Công nhân\" không hợp lệ ở cột Loại; chỉ nhận: Cán bộ, Công chức, Viên chức, "
                        + "Lao động hợp đồng, Không chuyên trách.",
                only("Loại", valid("CB009").replace("Công chức", "Công nhân")).message());
        assertEquals("Giá trị \"Chủ tịch\" không hợp lệ ở cột Vai trò; chỉ nhận: Trưởng, Phó, Thành viên.",
                only("Vai trò", row("CB009", "Lê Văn An", "01/02/1990", "Nam", "Công chức", "UB-PNV", "Chuyên viên",
                        "Chủ tịch", "", "", "")).message());
        String yesNo = String.join(",", "CB009", "Lê Văn An", "01/02/1990", "Nam", "Kinh", "Có lẽ", "Công chức", "Ừ",
                "UB-PNV", "Chuyên viên", "", "", "", "");
        List<ImportError> errors = errorsOf(yesNo);
        assertEquals(List.of("Giá trị \"Có lẽ\" không hợp lệ ở cột Vùng dân tộc thiểu số; chỉ nhận: Có, Không.",
                "Giá trị \"Ừ\" không hợp lệ ở cột Diện BTV quản lý; chỉ nhận: Có, Không."),
                errors.stream().map(ImportError::message).toList());
    }

    @Test
    @DisplayName("Coded values are read without case or diacritics: nu, NAM, cong chuc, LĐHĐ, pho, co")
    void codedValuesFolded() {
        String line = String.join(",", "CB009", "Lê Thị Bình", "01/02/1990", "nu", "Kinh", "co", "LĐHĐ", "KHONG",
                "UB-PNV", "Phó trưởng phòng", "pho", "", "", "");
        assertEquals("", Fixtures.describe(errorsOf(line)));
    }

    @Test
    @DisplayName("ORG-1: a unit code unknown, or not valid on the effective date")
    void unknownUnit() {
        assertEquals(new ImportError(2, "Mã đơn vị", "UB-XYZ", "Không có đơn vị mã UB-XYZ vào ngày 10/03/2025."),
                only("Mã đơn vị", valid("CB009").replace("UB-PNV", "UB-XYZ")));
        assertEquals("Không có đơn vị mã P-CU vào ngày 01/08/2025.",
                only("Mã đơn vị", valid("CB009").replace("UB-PNV", "P-CU") + "01/08/2025").message());
        assertEquals("Không có đơn vị mã UB-PNV vào ngày 31/12/2019.",
                only("Mã đơn vị", valid("CB009") + "31/12/2019").message());
        assertEquals("", Fixtures.describe(errorsOf(valid("CB009").replace("UB-PNV", "ub-pnv"))),
                "unit codes compare case-insensitively");
    }

    @Test
    @DisplayName("ORG-4: a grade code not in the catalogue lists the valid codes; a number-mangled code gets a hint")
    void unknownGrade() {
        assertEquals("Không có mã ngạch/hạng 09.999 trong danh mục; các mã hợp lệ: 01.002, 01.003, 01.004, 01.005, "
                        + "V.07.02.05, V.07.02.06, V.07.03.08, V.07.03.09.",
                only("Mã ngạch/hạng", valid("CB009").replace("01.003", "09.999")).message());
        assertTrue(only("Mã ngạch/hạng", valid("CB009").replace("01.003", "1.003")).message()
                .endsWith("(Excel có thể đã đổi mã thành số và bỏ số 0 ở đầu: hãy định dạng cột là Văn bản rồi nhập lại mã.)"));
    }

    @Test
    @DisplayName("Membership and grade cells must come together")
    void pairedValues() {
        assertEquals("Thiếu Chức vụ tại đơn vị UB-PNV: hãy ghi chức vụ (ví dụ Chuyên viên).",
                only("Chức vụ", valid("CB009").replace("Chuyên viên", "")).message());
        assertEquals("Có Chức vụ hoặc Vai trò nhưng thiếu Mã đơn vị; hãy nhập đủ Mã đơn vị, Chức vụ và Vai trò.",
                only("Mã đơn vị", "CB001,Nguyễn Thị Thu Hà,,,,,,,,Chuyên viên chính,,,,").message());
        assertEquals("Thiếu Ngày bổ nhiệm ngạch cho mã ngạch/hạng 01.003.",
                only("Ngày bổ nhiệm ngạch", valid("CB009").replace("01/06/2015", "")).message());
        assertEquals("Có Ngày bổ nhiệm ngạch nhưng thiếu Mã ngạch/hạng.",
                only("Mã ngạch/hạng", valid("CB009").replace("01.003", "")).message());
        assertEquals("Ngày bổ nhiệm ngạch 01/06/1985 trước ngày sinh 01/02/1990.",
                only("Ngày bổ nhiệm ngạch", valid("CB009").replace("01/06/2015", "01/06/1985")).message());
    }

    @Test
    @DisplayName("Values longer than their column are refused")
    void tooLong() {
        String longName = "Nguyễn " + "A".repeat(200);
        assertEquals("Họ và tên dài quá 200 ký tự.", only("Họ và tên", valid("CB009").replace("Lê Văn An", longName)).message());
    }

    @Test
    @DisplayName("Every row is checked: all problems of all rows are reported, ordered by row then column")
    void allRowsChecked() {
        List<ImportError> errors = errorsOf(
                valid("CB010").replace(",Nam,", ",X,").replace("UB-PNV", "UB-XYZ"),
                valid("CB011"),
                valid("CB012").replace("01/02/1990", "1990"),
                valid("CB013").replace("01.003", "01.999"));
        assertEquals(List.of("2 Giới tính", "2 Mã đơn vị", "4 Ngày sinh", "5 Mã ngạch/hạng"),
                errors.stream().map(e -> e.row() + " " + e.column()).toList(), Fixtures.describe(errors));
        PersonImportCheck.Result r = check("a.csv", Fixtures.csv(Fixtures.HEADER, valid("CB010").replace(",Nam,", ",X,"),
                valid("CB011")));
        assertFalse(r.accepted());
        ImportReport report = r.report(9L, "a.csv", SETTINGS);
        assertEquals(ImportStatus.REFUSED, report.status());
        assertEquals(0, report.rowsCreated(), "a refused file creates nothing");
        assertEquals(List.of(RowOutcome.ERROR, RowOutcome.CREATE), r.firstRows().stream().map(v -> v.outcome()).toList());
        assertEquals("Giá trị \"X\" không hợp lệ ở cột Giới tính; chỉ nhận: Nam, Nữ.", r.firstRows().get(0).firstError());
        assertNull(r.firstRows().get(1).firstError());
    }

    @Test
    @DisplayName("Formula cells in an XLSX are refused, each with its cell (\"Ô C5 chứa công thức ...\")")
    void formulaCells() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Fixtures.cells(Fixtures.HEADER));
        rows.add(Fixtures.cells(Fixtures.HA));
        rows.add(Fixtures.cells(Fixtures.DUC));
        rows.add(Fixtures.cells(valid("CB003")));
        List<Object> withFormula = new ArrayList<>(Fixtures.cells(valid("CB004")));
        withFormula.set(2, "=DATE(1990,2,1)");
        withFormula.set(1, "=UPPER(\"an\")");
        rows.add(withFormula);
        PersonImportCheck.Result r = check("can-bo.xlsx", Fixtures.xlsx(rows));
        assertEquals(List.of(
                new ImportError(5, "Họ và tên", "=UPPER(\"an\")", "Ô B5 chứa công thức; hãy dán giá trị thay cho công thức."),
                new ImportError(5, "Ngày sinh", "=DATE(1990,2,1)", "Ô C5 chứa công thức; hãy dán giá trị thay cho công thức.")),
                r.errors());
        assertFalse(r.accepted());
    }

    @Test
    @DisplayName("Formulas in columns the import does not read (e.g. STT =ROW()-1) are ignored")
    void formulaInIgnoredColumn() {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("STT"));
        header.addAll(Fixtures.cells(Fixtures.HEADER));
        rows.add(header);
        List<Object> data = new ArrayList<>(List.of("=ROW()-1"));
        data.addAll(Fixtures.cells(valid("CB009")));
        rows.add(data);
        assertEquals("", Fixtures.describe(check("a.xlsx", Fixtures.xlsx(rows)).errors()));
    }

    @Test
    @DisplayName("XLSX end to end: real date cells, a numeric staff code, columns in another order")
    void xlsxEndToEnd() {
        PersonImportCheck.Result r = check("can-bo.xlsx", Fixtures.xlsx(List.of(
                List.of("Họ và tên", "Mã cán bộ", "Ngày sinh", "Giới tính", "Loại", "Mã đơn vị", "Chức vụ", "Ngày hiệu lực"),
                List.of("Phạm Thị Lan", 123456, LocalDate.of(1992, 5, 17), "Nữ", "Viên chức", "UB-PNV", "Kế toán",
                        LocalDate.of(2024, 9, 1)))));
        assertEquals("", Fixtures.describe(r.errors()));
        PersonChange.Create create = r.plan().creates().get(0);
        assertEquals("123456", create.row().staffCode());
        assertEquals(LocalDate.of(1992, 5, 17), create.fields().birthDate());
        assertEquals(LocalDate.of(2024, 9, 1), create.membership().validFrom());
        assertEquals("01/09/2024", r.firstRows().get(0).effectiveDate());
    }

    @Test
    @DisplayName("CSV with BOM and semicolons end to end")
    void csvSemicolonBom() {
        String file = "\uFEFF" + Fixtures.HEADER.replace(',', ';') + "\r\n" + Fixtures.DUC.replace(',', ';') + "\r\n";
        PersonImportCheck.Result r = check("can-bo.csv", Fixtures.utf8(file));
        assertEquals("", Fixtures.describe(r.errors()));
        assertEquals("Trần Văn Đức", r.plan().creates().get(0).fields().fullName());
        assertEquals("tran van duc", r.plan().creates().get(0).fields().searchName());
    }

    @Test
    @DisplayName("More than 20,000 data rows are refused; 20,000 is accepted as far as size goes")
    void tooManyRows() {
        StringBuilder csv = new StringBuilder("Mã cán bộ,Họ và tên\n");
        for (int i = 1; i <= 20_001; i++) {
            csv.append("C").append(i).append(",A\n");
        }
        PersonImportCheck.Result r = check("a.csv", Fixtures.utf8(csv.toString()));
        assertEquals(List.of(ImportError.ofFile("Tệp có 20.001 dòng dữ liệu, vượt quá giới hạn 20.000 dòng; "
                + "hãy chia thành nhiều tệp.")), r.errors());
        assertEquals(20_001, r.rowsTotal());
    }

    @Test
    @DisplayName("A header without data rows, an oversize file and an unknown type are refused as a whole")
    void wholeFileRefusals() {
        assertEquals("Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.",
                check("a.csv", Fixtures.csv(Fixtures.HEADER)).errors().get(0).message());
        byte[] big = new byte[(int) SETTINGS.maxFileBytes() + 100];
        PersonImportCheck.Result r = check("a.xlsx", big);
        assertEquals(ImportError.ofFile("Tệp có dung lượng 5,1 MB, vượt quá giới hạn 5 MB; hãy chia thành nhiều tệp nhỏ hơn."),
                r.errors().get(0));
        assertFalse(r.accepted());
        assertEquals(ImportStatus.REFUSED, r.report(1L, "a.xlsx", SETTINGS).status());
        assertEquals("Không nhận loại tệp \"a.docx\": chỉ nhận tệp Excel (.xlsx) hoặc tệp CSV (.csv, mã UTF-8).",
                check("a.docx", Fixtures.utf8("x")).errors().get(0).message());
    }

    @Test
    @DisplayName("The report lists at most maxReportedErrors problems but counts them all")
    void reportCap() {
        ImportSettings few = new ImportSettings(SETTINGS.maxFileBytes(), 100, 15, 3, 10, 5, "Kinh");
        String[] lines = new String[11];
        lines[0] = Fixtures.HEADER;
        for (int i = 1; i <= 10; i++) {
            lines[i] = valid("CB" + (100 + i)).replace(",Nam,", ",?,");
        }
        PersonImportCheck.Result r = new PersonImportCheck(few, Fixtures.TODAY)
                .check("a.csv", Fixtures.csv(lines), Fixtures.state().loader());
        ImportReport report = r.report(null, "a.csv", few);
        assertEquals(10, report.errorCount());
        assertEquals(3, report.errors().size());
        assertEquals(5, r.firstRows().size());
    }
}
