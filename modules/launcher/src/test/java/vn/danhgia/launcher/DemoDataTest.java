package vn.danhgia.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DemoDataTest {

    @Test
    void describesWhatLoadIfEmptyReturned() {
        assertEquals("Đã nạp dữ liệu mẫu (demo data loaded): 87", DemoData.describe(87));
        assertEquals("Đã nạp dữ liệu mẫu (demo data loaded): 77 đơn vị (units), 1200 người (people)",
                DemoData.describe(Optional.of(new Object() {
                    @Override
                    public String toString() {
                        return "77 đơn vị (units), 1200 người (people)";
                    }
                })));
        assertTrue(DemoData.describe(0).startsWith("Cơ sở dữ liệu đã có dữ liệu"));
        assertTrue(DemoData.describe(null).startsWith("Cơ sở dữ liệu đã có dữ liệu"));
        assertTrue(DemoData.describe(false).startsWith("Cơ sở dữ liệu đã có dữ liệu"));
        assertTrue(DemoData.describe(Optional.empty()).startsWith("Cơ sở dữ liệu đã có dữ liệu"));
        assertTrue(DemoData.describe(List.of()).startsWith("Cơ sở dữ liệu đã có dữ liệu"));
        assertEquals("Đã nạp dữ liệu mẫu (demo data loaded)", DemoData.describe(true));
        assertEquals("Đã nạp dữ liệu mẫu (demo data loaded): 42 đơn vị, 1.200 người",
                DemoData.describe("42 đơn vị, 1.200 người"));
    }
}
