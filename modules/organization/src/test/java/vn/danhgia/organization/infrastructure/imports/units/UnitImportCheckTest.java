package vn.danhgia.organization.infrastructure.imports.units;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.organization.api.Block;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.organization.api.imports.ImportError;
import vn.danhgia.organization.api.imports.ImportSettings;

/** Reading, validating and ordering a units file against in-memory stored units (no database). */
class UnitImportCheckTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 3, 10);
    private static final String HEADER = "Mã đơn vị,Tên đơn vị,Loại đơn vị,Loại cơ quan,Khối,Mã đơn vị cấp trên,"
            + "Mã địa bàn,Hiệu lực từ ngày,Hiệu lực đến ngày";

    private static final StoredUnit UBND = new StoredUnit(1, "UBND", "Ủy ban nhân dân quận", "Ủy ban nhân dân",
            UnitKind.PEOPLES_COMMITTEE, Block.GOVERNMENT, null, null, LocalDate.of(2020, 1, 1), null, "UBND", 0);
    private static final StoredUnit PNV = new StoredUnit(2, "UB-PNV", "Phòng Nội vụ", "Phòng Nội vụ",
            UnitKind.HOME_AFFAIRS_OFFICE, Block.GOVERNMENT, "UBND", null, LocalDate.of(2020, 1, 1), null, "UBND/UB-PNV", 3);
    private static final StoredUnit TO1 = new StoredUnit(3, "PNV-TO1", "Tổ 1", "Tổ", UnitKind.OFFICE,
            Block.GOVERNMENT, "UB-PNV", null, LocalDate.of(2020, 1, 1), null, "UBND/UB-PNV/PNV-TO1", 0);
    private static final StoredUnit QU = new StoredUnit(4, "QU", "Quận ủy", "Quận ủy", UnitKind.DISTRICT_PARTY_COMMITTEE,
            Block.PARTY, null, null, LocalDate.of(2020, 1, 1), null, "QU", 0);
    private static final List<StoredUnit> STORED = List.of(UBND, PNV, TO1, QU);

    private static UnitImportCheck.Result check(String... dataLines) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(List.of(dataLines));
        byte[] csv = (String.join("\r\n", lines) + "\r\n").getBytes(StandardCharsets.UTF_8);
        return new UnitImportCheck(ImportSettings.DEFAULTS, TODAY).check("don-vi.csv", csv, () -> STORED);
    }

    private static ImportError only(UnitImportCheck.Result r, String column) {
        List<ImportError> in = r.errors().stream().filter(e -> column.equals(e.column())).toList();
        assertEquals(1, in.size(), () -> "errors: " + r.errors());
        return in.get(0);
    }

    private static UnitChange change(UnitImportCheck.Result r, String code) {
        return r.plan().changes().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    @DisplayName("ORG-1: a parent defined further down the file is inserted first; defaults from the kind")
    void parentLaterInFile() {
        UnitImportCheck.Result r = check(
                "PGD-TO,Tổ chuyên môn,,OFFICE,,PGD,,,",
                "PGD,Phòng Giáo dục và Đào tạo,,Phòng Giáo dục và Đào tạo,,ubnd,,01/01/2024,");
        assertTrue(r.accepted(), () -> "errors: " + r.errors());
        List<String> order = r.plan().changes().stream().map(UnitChange::code).toList();
        assertEquals(List.of("PGD", "PGD-TO"), order);
        UnitChange pgd = change(r, "PGD");
        assertEquals(UnitChange.Type.CREATE, pgd.type());
        assertEquals("UBND/PGD", pgd.sortPath());
        assertEquals(UnitKind.EDUCATION_OFFICE, pgd.kind());
        assertEquals(Block.GOVERNMENT, pgd.block());
        assertEquals("Phòng Giáo dục và Đào tạo", pgd.unitType());
        assertEquals(LocalDate.of(2024, 1, 1), pgd.validFrom());
        UnitChange to = change(r, "PGD-TO");
        assertEquals("UBND/PGD/PGD-TO", to.sortPath());
        assertEquals(TODAY, to.validFrom());
        assertEquals(2, r.report(null, "x", ImportSettings.DEFAULTS).rowsCreated());
    }

    @Test
    @DisplayName("ORG-1: re-importing what is stored changes nothing; blanks keep the stored values")
    void reimportUnchanged() {
        UnitImportCheck.Result r = check(
                "UBND,Ủy ban nhân dân quận,Ủy ban nhân dân,PEOPLES_COMMITTEE,Chính quyền,,,01/01/2020,",
                "UB-PNV,Phòng Nội vụ,,,,,,,");
        assertTrue(r.accepted(), () -> "errors: " + r.errors());
        assertEquals(2, r.count(UnitChange.Type.UNCHANGED));
        assertTrue(r.plan().changes().stream().allMatch(c -> c.type() == UnitChange.Type.UNCHANGED));
    }

    @Test
    @DisplayName("ORG-1: moving a unit recomputes its sort path and its descendants'")
    void moveRecomputesDescendants() {
        UnitImportCheck.Result r = check("UB-PNV,Phòng Nội vụ,,,,QU,,,");
        assertTrue(r.accepted(), () -> "errors: " + r.errors());
        UnitChange pnv = change(r, "UB-PNV");
        assertEquals(UnitChange.Type.UPDATE, pnv.type());
        assertEquals("QU/UB-PNV", pnv.sortPath());
        assertEquals(3, pnv.version());
        assertTrue(pnv.changed().contains("Mã đơn vị cấp trên"));
        UnitChange to1 = change(r, "PNV-TO1");
        assertEquals(UnitChange.Type.PATH, to1.type());
        assertEquals("QU/UB-PNV/PNV-TO1", to1.sortPath());
        assertEquals(List.of("UB-PNV", "PNV-TO1"), r.plan().changes().stream().map(UnitChange::code).toList());
    }

    @Test
    @DisplayName("ORG-1: a changed name only is an update of that field")
    void renameOnly() {
        UnitImportCheck.Result r = check("UB-PNV,Phòng Nội vụ quận,,,,,,,");
        assertEquals(List.of("Tên đơn vị"), change(r, "UB-PNV").changed());
    }

    @Test
    @DisplayName("ORG-1: unknown parent, duplicate code, bad kind, bad date, long name: every problem, nothing planned")
    void problemsByRowAndColumn() {
        String longName = "Tên".repeat(90);
        UnitImportCheck.Result r = check(
                "A1,Đơn vị A,,OFFICE,,KHONG-CO,,,",
                "A1,Đơn vị A lần hai,,OFFICE,,,,,",
                "A2,Đơn vị B,,Phòng gì đó,,UBND,,,",
                "A3,Đơn vị C,,OFFICE,,UBND,,31/02/2024,",
                "A4," + longName + ",,OFFICE,,UBND,,,",
                "A5,Đơn vị E,,OFFICE,,UBND,,01/05/2024,01/01/2024",
                "A6,Đơn vị F,,,,UBND,,,");
        assertFalse(r.accepted());
        assertTrue(r.plan().changes().isEmpty());
        assertTrue(only(r, "Mã đơn vị cấp trên").message().contains("KHONG-CO"));
        ImportError dup = only(r, "Mã đơn vị");
        assertEquals(3, dup.row());
        assertTrue(dup.message().contains("dòng 2"));
        List<ImportError> kinds = r.errors().stream().filter(e -> "Loại cơ quan".equals(e.column())).toList();
        assertEquals(2, kinds.size());
        assertTrue(kinds.get(0).message().contains("Phòng Nội vụ (HOME_AFFAIRS_OFFICE)"), kinds.get(0).message());
        assertTrue(kinds.get(1).message().contains("bắt buộc khi thêm đơn vị mới"), kinds.get(1).message());
        assertEquals(5, only(r, "Hiệu lực từ ngày").row());
        assertTrue(only(r, "Tên đơn vị").message().contains("255"));
        assertEquals(7, only(r, "Hiệu lực đến ngày").row());
        List<Integer> rows = r.errors().stream().map(ImportError::row).toList();
        assertEquals(rows.stream().sorted().collect(Collectors.toList()), rows);
        assertEquals(0, r.report(null, "x", ImportSettings.DEFAULTS).rowsCreated());
    }

    @Test
    @DisplayName("ORG-1: a cycle through the file (and through a stored parent) is refused on each row of the cycle")
    void cycle() {
        UnitImportCheck.Result r = check(
                "B1,Đơn vị B1,,OFFICE,,B2,,,",
                "B2,Đơn vị B2,,OFFICE,,B1,,,",
                "UBND,Ủy ban nhân dân quận,,,,PNV-TO1,,,",
                "C1,Đơn vị C1,,OFFICE,,C1,,,");
        assertFalse(r.accepted());
        List<ImportError> parents = r.errors().stream().filter(e -> "Mã đơn vị cấp trên".equals(e.column())).toList();
        assertEquals(4, parents.size(), () -> "errors: " + r.errors());
        assertTrue(parents.get(0).message().contains("B1 → B2 → B1"), parents.get(0).message());
        assertTrue(parents.get(2).message().contains("UBND → PNV-TO1 → UB-PNV → UBND"), parents.get(2).message());
        assertTrue(parents.get(3).message().contains("chính nó"));
    }

    @Test
    @DisplayName("ORG-1: kinds and blocks are read from labels or names, without diacritics or case")
    void vocabulary() {
        assertEquals(UnitKind.PEOPLES_COMMITTEE, UnitVocabulary.kind("uy ban nhan dan"));
        assertEquals(UnitKind.PEOPLES_COMMITTEE, UnitVocabulary.kind("Uỷ ban nhân dân"));
        assertEquals(UnitKind.PRIMARY_SCHOOL, UnitVocabulary.kind("primary_school"));
        assertEquals(UnitKind.WARD_PARTY_COMMITTEE, UnitVocabulary.kind("Đảng ủy phường (WARD_PARTY_COMMITTEE)"));
        assertEquals(Block.PARTY, UnitVocabulary.block("Đảng, đoàn thể"));
        assertEquals(Block.SCHOOL, UnitVocabulary.block("truong hoc"));
        assertEquals(null, UnitVocabulary.kind("Bộ"));
    }

    @Test
    @DisplayName("ORG-1: the header is found with aliases, and the templates read back without problems")
    void templatesReadBack() {
        for (byte[] template : List.of(UnitImportTemplate.csv(), UnitImportTemplate.xlsx())) {
            String name = template == null || template[0] == 'P' ? "mau.xlsx" : "mau.csv";
            UnitImportCheck.Result r = new UnitImportCheck(ImportSettings.DEFAULTS, TODAY)
                    .check(name, template, () -> STORED);
            assertTrue(r.accepted(), () -> name + ": " + r.errors());
            assertEquals(1, r.rowsTotal());
            assertEquals(UnitChange.Type.UPDATE, change(r, "UB-PNV").type());
        }
    }
}
