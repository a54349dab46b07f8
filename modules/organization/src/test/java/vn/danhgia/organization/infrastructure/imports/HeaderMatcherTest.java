package vn.danhgia.organization.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HeaderMatcherTest {

    private static HeaderMatcher.Match<PersonColumn> match(String... lines) {
        return HeaderMatcher.match(CsvTableReader.read(Fixtures.csv(lines), 100), PersonColumn.class, 10);
    }

    @Test
    @DisplayName("Headers typed without diacritics, in capitals or with punctuation name the same columns")
    void withoutDiacritics() {
        HeaderMatcher.Match<PersonColumn> m = match(
                "MA CAN BO;ho va ten;Ngay sinh;gioi tinh;LOAI;ma don vi;chuc vu;vai tro;ma ngach hang;ngay bo nhiem ngach;"
                        + "dien btv quan ly;vung dan toc thieu so;dan toc;ngay hieu luc",
                "CB001;Hà");
        assertEquals(PersonColumn.values().length, m.columns().size());
        assertEquals(0, m.columns().get(PersonColumn.STAFF_CODE));
        assertEquals(8, m.columns().get(PersonColumn.GRADE_CODE));
    }

    @Test
    @DisplayName("Columns in any order, unknown columns (STT) ignored, a title row above the header skipped")
    void anyOrderAndTitleRow() {
        HeaderMatcher.Match<PersonColumn> m = match(
                "DANH SÁCH CÁN BỘ PHÒNG NỘI VỤ",
                "STT,Họ và tên,Ghi chú,Mã cán bộ (*),Mã ngạch/hạng",
                "1,Hà,,CB001,01.003");
        assertEquals(1, m.recordIndex());
        assertEquals(2, m.rowNumber());
        assertEquals(1, m.columns().get(PersonColumn.FULL_NAME));
        assertEquals(3, m.columns().get(PersonColumn.STAFF_CODE));
        assertEquals(4, m.columns().get(PersonColumn.GRADE_CODE));
        assertFalse(m.has(PersonColumn.BIRTH_DATE));
    }

    @Test
    @DisplayName("Aliases: Họ tên, Mã ngạch, Ngày bổ nhiệm")
    void aliases() {
        HeaderMatcher.Match<PersonColumn> m = match("Mã CB,Họ tên,Mã ngạch,Ngày bổ nhiệm", "x");
        assertTrue(m.has(PersonColumn.STAFF_CODE) && m.has(PersonColumn.FULL_NAME) && m.has(PersonColumn.GRADE_CODE)
                && m.has(PersonColumn.GRADE_DATE));
    }

    @Test
    @DisplayName("Header keys fold case, diacritics, đ, parentheses and punctuation")
    void keys() {
        assertEquals("ma ngach hang", HeaderMatcher.key("Mã ngạch/hạng (*)"));
        assertEquals("dien btv quan ly", HeaderMatcher.key("  DIỆN  BTV quản lý "));
        assertEquals("ma don vi", HeaderMatcher.key("mã_đơn_vị"));
    }

    @Test
    @DisplayName("A header row without a required column is refused, naming the missing column")
    void missingRequired() {
        FileRefusedException e = assertThrows(FileRefusedException.class,
                () -> match("Mã cán bộ,Ngày sinh,Giới tính", "CB001,15/03/1985,Nữ"));
        assertEquals("Dòng tiêu đề (dòng 1) thiếu cột bắt buộc: Họ và tên.", e.errors().get(0).message());
    }

    @Test
    @DisplayName("A file without a header row is refused")
    void noHeader() {
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> match("CB001,Hà", "CB002,Đức"));
        assertEquals("Không tìm thấy dòng tiêu đề trong 10 dòng đầu của tệp: dòng tiêu đề phải có ít nhất các cột "
                + "Mã cán bộ, Họ và tên (xem tệp mẫu).", e.errors().get(0).message());
    }

    @Test
    @DisplayName("An XLSX with no header row (data only) is refused")
    void xlsxNoHeader() {
        byte[] file = Fixtures.xlsx(List.of(Fixtures.cells(Fixtures.HA), Fixtures.cells(Fixtures.DUC)));
        RawTable table = XlsxTableReader.read(file, 100);
        FileRefusedException e = assertThrows(FileRefusedException.class,
                () -> HeaderMatcher.match(table, PersonColumn.class, 10));
        assertTrue(e.getMessage().startsWith("Không tìm thấy dòng tiêu đề"));
    }

    @Test
    @DisplayName("A column named twice is refused with both cells")
    void duplicateColumn() {
        FileRefusedException e = assertThrows(FileRefusedException.class,
                () -> match("Mã cán bộ,Họ và tên,Ho ten", "CB001,Hà,Hà"));
        assertEquals("Cột \"Họ và tên\" xuất hiện hai lần trong dòng tiêu đề (ô B1 và ô C1); hãy xóa một cột.",
                e.errors().get(0).message());
    }
}
