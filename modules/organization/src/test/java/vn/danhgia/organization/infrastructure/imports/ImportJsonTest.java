package vn.danhgia.organization.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.organization.api.imports.ImportError;

class ImportJsonTest {

    @Test
    @DisplayName("The errors of org_import.errors_json: row, column, value, message; null for a whole-file problem")
    void errors() {
        String json = ImportJson.errors(List.of(
                ImportError.ofFile("Tệp rỗng: không có dữ liệu nào để nhập."),
                new ImportError(5, "Ngày sinh", "=TODAY()", "Ô C5 chứa công thức; hãy dán giá trị thay cho công thức.")));
        assertEquals("[{\"row\":0,\"column\":null,\"value\":null,\"message\":\"Tệp rỗng: không có dữ liệu nào để nhập.\"},"
                + "{\"row\":5,\"column\":\"Ngày sinh\",\"value\":\"=TODAY()\","
                + "\"message\":\"Ô C5 chứa công thức; hãy dán giá trị thay cho công thức.\"}]", json);
        assertEquals("[]", ImportJson.errors(List.of()));
    }

    @Test
    @DisplayName("Revision values keep their order and types")
    void values() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("fullName", "Trần \"Văn\" Đức");
        values.put("minorityArea", true);
        values.put("ethnicity", null);
        assertEquals("{\"fullName\":\"Trần \\\"Văn\\\" Đức\",\"minorityArea\":true,\"ethnicity\":null}",
                ImportJson.values(values));
    }

    @Test
    @DisplayName("Messages of failures while writing (the file was valid; nothing stays written)")
    void writeMessages() {
        assertEquals("Không ghi được dữ liệu vào cơ sở dữ liệu nên không có dữ liệu nào thay đổi; hãy thử lại sau ít phút.",
                ImportMessages.writeFailed());
        assertEquals("Dữ liệu của cán bộ mã CB001 vừa được người khác thay đổi trong lúc nhập; không có dữ liệu nào "
                + "thay đổi, hãy nhập lại tệp.", ImportMessages.concurrentChange("CB001"));
    }
}
