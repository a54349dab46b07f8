package vn.danhgia.organization.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.organization.api.imports.ImportSettings;

class TableReaderTest {

    private static final ImportSettings SETTINGS = ImportSettings.DEFAULTS;

    private static String refusal(String name, byte[] content) {
        return assertThrows(FileRefusedException.class, () -> TableReader.read(name, content, SETTINGS)).getMessage();
    }

    @Test
    @DisplayName("A file over the size limit (5 MB, from the settings) is refused before it is read")
    void oversize() {
        byte[] big = new byte[(int) SETTINGS.maxFileBytes() + 1];
        Arrays.fill(big, (byte) 'a');
        assertEquals("Tệp có dung lượng 5,1 MB, vượt quá giới hạn 5 MB; hãy chia thành nhiều tệp nhỏ hơn.",
                refusal("can-bo.csv", big));
        ImportSettings small = new ImportSettings(1024, 10, 15, 100, 10, 5, "Kinh");
        assertEquals("Tệp có dung lượng 0,1 MB, vượt quá giới hạn 1 KB; hãy chia thành nhiều tệp nhỏ hơn.",
                assertThrows(FileRefusedException.class,
                        () -> TableReader.read("a.csv", new byte[2000], small)).getMessage());
    }

    @Test
    @DisplayName("Exactly the size limit is accepted")
    void atLimit() {
        byte[] content = new byte[(int) SETTINGS.maxFileBytes()];
        Arrays.fill(content, (byte) 'a');
        content[3] = ',';
        assertEquals(1, TableReader.read("a.csv", content, SETTINGS).recordCount());
    }

    @Test
    @DisplayName("Empty file, unknown type, old .xls, damaged .xlsx are refused with their own message")
    void refusedTypes() {
        assertEquals("Tệp rỗng: không có dữ liệu nào để nhập.", refusal("a.csv", new byte[0]));
        assertEquals("Không nhận loại tệp \"danh-sach.pdf\": chỉ nhận tệp Excel (.xlsx) hoặc tệp CSV (.csv, mã UTF-8).",
                refusal("danh-sach.pdf", Fixtures.utf8("%PDF-1.7")));
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0};
        assertEquals("Tệp là bảng tính Excel 97-2003 (.xls) hoặc có đặt mật khẩu: hãy mở tệp trong Excel, bỏ mật khẩu "
                + "(nếu có) và lưu lại dưới dạng \"Excel Workbook (*.xlsx)\".", refusal("can-bo.xls", ole2));
        assertEquals("Không đọc được tệp Excel: tệp bị hỏng hoặc không phải định dạng .xlsx.",
                refusal("can-bo.xlsx", Fixtures.utf8("Mã cán bộ,Họ và tên")));
        assertEquals("Không nhận loại tệp \"can-bo.csv\": chỉ nhận tệp Excel (.xlsx) hoặc tệp CSV (.csv, mã UTF-8).",
                refusal("can-bo.csv", Fixtures.xlsx(List.of(List.of("a")))));
    }

    @Test
    @DisplayName("The type comes from the extension, case-insensitively; without one, from the content")
    void typeRecognition() {
        assertEquals("xlsx", TableReader.read("C:\\Tệp\\CAN-BO.XLSX", Fixtures.xlsx(List.of(List.of("a"))), SETTINGS).format());
        assertEquals("csv", TableReader.read("can-bo.Csv", Fixtures.csv("a,b"), SETTINGS).format());
        assertEquals("xlsx", TableReader.read(null, Fixtures.xlsx(List.of(List.of("a"))), SETTINGS).format());
        assertEquals("csv", TableReader.read("", Fixtures.csv("a,b"), SETTINGS).format());
        assertEquals("", TableReader.extension("khong-duoi"));
    }
}
