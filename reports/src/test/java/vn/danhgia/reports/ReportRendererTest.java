package vn.danhgia.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

import vn.danhgia.reports.testing.PdfChecks;

class ReportRendererTest {

    private static final String UNIT_LIST = "organization/UnitList";

    private final ReportRenderer renderer = new ReportRenderer();

    private static Map<String, Object> parameters() {
        return Map.of("agency", "Phòng Nội vụ", "title", "Danh sách đơn vị",
                "placeAndDate", VietnameseDates.placeAndDate("Long Biên", LocalDate.of(2026, 11, 23)));
    }

    /** A JavaBean row, as some callers may have. */
    public static class UnitBean {
        private final Integer index;
        private final String name;

        public UnitBean(Integer index, String name) {
            this.index = index;
            this.name = name;
        }

        public Integer getIndex() {
            return index;
        }

        public String getName() {
            return name;
        }

        public String getCode() {
            return "B" + index;
        }

        public String getType() {
            return null;
        }

        public String getBlock() {
            return null;
        }

        public String getParent() {
            return null;
        }
    }

    @Test
    void readsRecordsJavaBeansAndMaps() {
        record Unit(int index, String code, String name, String type, String block, String parent) {
        }
        String fromRecord = PdfChecks.text(renderer.renderPdf(UNIT_LIST, parameters(),
                List.of(new Unit(1, "R1", "Phường Gia Thụy", "UBND phường", "Khối phường", "UBND quận Long Biên"))));
        assertTrue(fromRecord.contains("Phường Gia Thụy"), fromRecord);
        assertTrue(fromRecord.contains("Long Biên, ngày 23 tháng 11 năm 2026"), fromRecord);

        String fromBean = PdfChecks.text(renderer.renderPdf(UNIT_LIST, parameters(),
                List.of(new UnitBean(1, "Phường Ngọc Thụy"))));
        assertTrue(fromBean.contains("Phường Ngọc Thụy"), fromBean);

        Map<String, Object> row = new LinkedHashMap<>();
        row.put("index", 1);
        row.put("name", "Phường Phúc Đồng");
        String fromMap = PdfChecks.text(renderer.renderPdf(UNIT_LIST, parameters(), List.of(row)));
        assertTrue(fromMap.contains("Phường Phúc Đồng"), fromMap);
    }

    @Test
    void aRecordWithoutTheFieldIsAClearError() {
        record Wrong(int index, String label) {
        }
        ReportException e = assertThrows(ReportException.class,
                () -> renderer.renderPdf(UNIT_LIST, parameters(), List.of(new Wrong(1, "x"))));
        assertTrue(e.getMessage().contains(UNIT_LIST) && e.getMessage().contains("no component 'code'"), e.getMessage());
    }

    @Test
    void unknownReportIsAReportException() {
        ReportException e = assertThrows(ReportException.class,
                () -> renderer.renderPdf("organization/NoSuchReport", Map.of(), List.of()));
        assertTrue(e.getMessage().contains("organization/NoSuchReport"), e.getMessage());
    }

    @Test
    void reportNamesCannotLeaveTheCompiledFolder() {
        for (String name : List.of("../UnitList", "/organization/UnitList", "organization/UnitList.jasper", "")) {
            assertThrows(ReportException.class, () -> renderer.load(name), name);
        }
    }

    @Test
    void compiledReportIsLoadedOnce() {
        assertSame(renderer.load(UNIT_LIST), renderer.load(UNIT_LIST));
    }

    @Test
    void callerParametersAreNotModifiedAndNullsAreAccepted() {
        Map<String, Object> mine = new LinkedHashMap<>(parameters());
        renderer.renderPdf(UNIT_LIST, mine, List.of());
        assertEquals(parameters(), mine);
        assertEquals(1, PdfChecks.pageCount(renderer.renderPdf(UNIT_LIST, null, null)));
    }

    @Test
    void oneRendererServesConcurrentRequests() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<byte[]>> results = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                int n = i;
                results.add(pool.submit(() -> renderer.renderPdf(UNIT_LIST, parameters(),
                        List.of(new UnitBean(n, "Đơn vị số " + n)))));
            }
            for (int i = 0; i < results.size(); i++) {
                assertTrue(PdfChecks.text(results.get(i).get()).contains("Đơn vị số " + i));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
