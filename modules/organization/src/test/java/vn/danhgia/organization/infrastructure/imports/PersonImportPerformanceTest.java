package vn.danhgia.organization.infrastructure.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitRole;
import vn.danhgia.organization.api.imports.ImportSettings;

/**
 * Reads, checks and plans 6,000 people (half of them already stored, a tenth of those changed)
 * and prints the time. The database part is measured by the integration tests; the budget of a
 * whole import is 10 s on a 2-core machine, so the pure part must stay well below it.
 */
class PersonImportPerformanceTest {

    private static final int PEOPLE = 6_000;
    private static final String[] UNITS = {"UB-PNV", "UB-VP"};
    private static final String[] GRADES = {"01.002", "01.003", "01.004", "V.07.02.05"};

    @Test
    @DisplayName("6,000 rows: parse, check and plan well within the 10 s import budget (XLSX and CSV)")
    void sixThousandRows() {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(Fixtures.cells(Fixtures.HEADER));
        StringBuilder csv = new StringBuilder(Fixtures.HEADER).append("\r\n");
        for (int i = 0; i < PEOPLE; i++) {
            String line = String.join(",", code(i), "Nguyễn Văn Thành " + i, String.format("%02d/%02d/%d", 1 + i % 28,
                            1 + i % 12, 1960 + i % 40), i % 2 == 0 ? "Nam" : "Nữ", "Kinh", "Không", "Công chức", "Không",
                    UNITS[i % 2], "Chuyên viên", "Thành viên", GRADES[i % 4], "01/06/2015", "01/01/2024");
            rows.add(Fixtures.cells(line));
            csv.append(line).append("\r\n");
        }
        Fixtures.StateBuilder stored = Fixtures.state().unit(4, "UB-X", LocalDate.of(2020, 1, 1), null);
        for (int i = 0; i < PEOPLE; i += 2) {
            String name = i % 20 == 0 ? "Tên cũ " + i : "Nguyễn Văn Thành " + i;
            stored.person(code(i), new PersonFields(name, LocalDate.of(1960 + i % 40, 1 + i % 12, 1 + i % 28),
                            Vocabulary.Sex.MALE, "Kinh", false, StaffCategory.CONG_CHUC, false),
                    new ExistingState.CurrentMembership(10_000 + i, 1 + i % 2, UNITS[i % 2], "Chuyên viên", UnitRole.MEMBER,
                            LocalDate.of(2024, 1, 1)),
                    new ExistingState.CurrentGrade(20_000 + i, GRADES[i % 4], LocalDate.of(2015, 6, 1)));
        }
        ExistingState state = stored.build();
        byte[] xlsx = Fixtures.xlsx(rows);
        byte[] csvBytes = Fixtures.utf8(csv.toString());

        // warm up the JIT once, then measure
        run("warm-up.xlsx", xlsx, state);
        long xlsxMs = time("can-bo.xlsx", xlsx, state);
        long csvMs = time("can-bo.csv", csvBytes, state);
        System.out.printf("People import, parse + check + plan of %,d rows: XLSX (%,d bytes) %d ms, CSV (%,d bytes) %d ms%n",
                PEOPLE, xlsx.length, xlsxMs, csvBytes.length, csvMs);
    }

    private static long time(String name, byte[] file, ExistingState state) {
        long start = System.nanoTime();
        PersonImportCheck.Result r = run(name, file, state);
        long ms = (System.nanoTime() - start) / 1_000_000;
        assertEquals("", Fixtures.describe(r.errors().subList(0, Math.min(5, r.errors().size()))));
        assertEquals(PEOPLE, r.rowsTotal());
        assertEquals(PEOPLE / 2, r.created());
        assertEquals(PEOPLE / 20, r.updated());
        assertEquals(PEOPLE / 2 - PEOPLE / 20, r.unchanged());
        return ms;
    }

    private static PersonImportCheck.Result run(String name, byte[] file, ExistingState state) {
        return new PersonImportCheck(ImportSettings.DEFAULTS, Fixtures.TODAY).check(name, file, codes -> state);
    }

    private static String code(int i) {
        return String.format("CB%06d", i);
    }
}
