package vn.danhgia.organization.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CsvTableReaderTest {

    private static RawTable read(byte[] content) {
        return CsvTableReader.read(content, 1000);
    }

    private static String text(RawTable table, int record, int column) {
        CellValue cell = table.records().get(record).cell(column);
        return cell == null ? null : cell.text();
    }

    @Test
    @DisplayName("UTF-8 without a byte order mark, comma separated")
    void withoutBom() {
        RawTable table = read(Fixtures.csv("Mã cán bộ,Họ và tên", "CB001,Nguyễn Thị Thu Hà"));
        assertEquals(2, table.recordCount());
        assertEquals("Mã cán bộ", text(table, 0, 0));
        assertEquals("Nguyễn Thị Thu Hà", text(table, 1, 1));
        assertEquals(2, table.records().get(1).rowNumber());
    }

    @Test
    @DisplayName("UTF-8 with a byte order mark (Excel's \"CSV UTF-8\"): the mark is not part of the first header")
    void withBom() {
        RawTable table = read(Fixtures.utf8("\uFEFFMã cán bộ,Họ và tên\r\nCB001,Nguyễn Thị Thu Hà\r\n"));
        assertEquals("Mã cán bộ", text(table, 0, 0));
        assertEquals("CB001", text(table, 1, 0));
    }

    @Test
    @DisplayName("Semicolon separator (Excel in a Vietnamese or European locale), a comma inside a value")
    void semicolon() {
        RawTable table = read(Fixtures.csv("Mã cán bộ;Họ và tên;Chức vụ", "CB001;Nguyễn Thị Thu Hà;Trưởng phòng, kiêm nhiệm"));
        assertEquals("Trưởng phòng, kiêm nhiệm", text(table, 1, 2));
        assertEquals(3, table.records().get(1).cells().size());
    }

    @Test
    @DisplayName("Tab separator")
    void tab() {
        RawTable table = read(Fixtures.csv("Mã cán bộ\tHọ và tên", "CB001\tNguyễn Thị Thu Hà"));
        assertEquals("Nguyễn Thị Thu Hà", text(table, 1, 1));
    }

    @Test
    @DisplayName("Quoted fields: separators, doubled quotes and line breaks inside quotes; row numbers are record numbers")
    void quotedFields() {
        String csv = "Mã cán bộ,Họ và tên,Chức vụ\n"
                + "CB001,\"Nguyễn Thị \"\"Thu\"\" Hà\",\"Phó trưởng phòng,\nphụ trách\"\n"
                + "CB002, \"Trần Văn Đức\" ,Chuyên viên\n";
        RawTable table = read(Fixtures.utf8(csv));
        assertEquals("Nguyễn Thị \"Thu\" Hà", text(table, 1, 1));
        assertEquals("Phó trưởng phòng,\nphụ trách", text(table, 1, 2));
        assertEquals("Trần Văn Đức", text(table, 2, 1));
        assertEquals(3, table.records().get(2).rowNumber());
    }

    @Test
    @DisplayName("Blank lines are not rows but keep the numbering; a last line without line break is read")
    void blankLines() {
        RawTable table = read(Fixtures.utf8("Mã cán bộ,Họ và tên\n\n,\nCB001,Hà"));
        assertEquals(2, table.recordCount());
        assertEquals(4, table.records().get(1).rowNumber());
        assertEquals("C1", new CellValue(CellValue.columnLetters(2) + 1, "x", null, null).ref());
    }

    @Test
    @DisplayName("Empty fields are absent cells; cell references name the spreadsheet cell")
    void emptyFields() {
        RawTable table = read(Fixtures.csv("a,b,c", "1,,3"));
        assertNull(table.records().get(1).cell(1));
        assertEquals("C2", table.records().get(1).cell(2).ref());
    }

    @Test
    @DisplayName("A file saved in another code page than UTF-8 is refused, never garbled")
    void notUtf8() {
        byte[] latin1 = "Mã cán bộ,Họ và tên\nCB001,Trần Đức\n".getBytes(Charset.forName("windows-1252"));
        FileRefusedException e = assertThrows(FileRefusedException.class, () -> read(latin1));
        assertEquals("Tệp CSV không ở mã UTF-8: trong Excel hãy chọn Lưu thành \"CSV UTF-8 (Comma delimited) (*.csv)\".",
                e.errors().get(0).message());
    }

    @Test
    @DisplayName("A quote never closed is refused with the row where it opens")
    void unterminatedQuote() {
        FileRefusedException e = assertThrows(FileRefusedException.class,
                () -> read(Fixtures.csv("Mã cán bộ,Họ và tên", "CB001,Hà", "CB002,\"Đức")));
        assertEquals("Dấu ngoặc kép mở ở dòng 3 không được đóng: hãy kiểm tra các giá trị có dấu ngoặc kép.",
                e.errors().get(0).message());
    }

    @Test
    @DisplayName("Rows past the keep limit are counted, not kept")
    void keepLimit() {
        StringBuilder csv = new StringBuilder("a,b\n");
        for (int i = 0; i < 50; i++) {
            csv.append(i).append(",x\n");
        }
        RawTable table = CsvTableReader.read(csv.toString().getBytes(StandardCharsets.UTF_8), 10);
        assertEquals(51, table.recordCount());
        assertEquals(10, table.records().size());
    }

    @Test
    @DisplayName("The separator comes from the header line, not from values further down")
    void separatorFromHeader() {
        assertEquals(';', CsvTableReader.detectSeparator("a;b;c\n1,5;2,5;3\n", 0));
        assertEquals(',', CsvTableReader.detectSeparator("\"a;b\",c\n", 0));
        assertEquals(',', CsvTableReader.detectSeparator("DANH SÁCH\n a,b\n", 0));
        assertEquals(List.of("1,5", "2,5", "3"), read(Fixtures.utf8("a;b;c\n1,5;2,5;3\n")).records().get(1).cells()
                .stream().map(CellValue::text).toList());
    }
}
