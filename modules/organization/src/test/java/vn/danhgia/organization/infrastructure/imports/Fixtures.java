package vn.danhgia.organization.infrastructure.imports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.Set;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitRole;
import vn.danhgia.organization.api.imports.ImportError;
import vn.danhgia.organization.infrastructure.imports.ExistingState.CurrentGrade;
import vn.danhgia.organization.infrastructure.imports.ExistingState.CurrentMembership;
import vn.danhgia.organization.infrastructure.imports.ExistingState.ExistingPerson;
import vn.danhgia.organization.infrastructure.imports.ExistingState.UnitPeriod;

/** Test files and stored states for the import tests, built in memory. */
final class Fixtures {

    static final LocalDate TODAY = LocalDate.of(2025, 3, 10);

    static final String HEADER = "Mã cán bộ,Họ và tên,Ngày sinh,Giới tính,Dân tộc,Vùng dân tộc thiểu số,Loại,"
            + "Diện BTV quản lý,Mã đơn vị,Chức vụ,Vai trò,Mã ngạch/hạng,Ngày bổ nhiệm ngạch,Ngày hiệu lực";

    static final String HA = "CB001,Nguyễn Thị Thu Hà,15/03/1985,Nữ,Kinh,Không,Công chức,Không,UB-PNV,Chuyên viên,"
            + "Thành viên,01.003,01/06/2015,01/01/2024";
    static final String DUC = "CB002,Trần Văn Đức,02/09/1970,Nam,Tày,Có,Cán bộ,Có,UB-VP,Chánh Văn phòng,Trưởng,"
            + "01.002,15/08/2010,01/01/2024";

    private Fixtures() {
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static byte[] csv(String... lines) {
        return utf8(String.join("\r\n", lines) + "\r\n");
    }

    /** A workbook whose first sheet has the given rows; a cell starting with "=" becomes a formula. */
    static byte[] xlsx(List<List<Object>> rows) {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Danh sách");
            CellStyle dateStyle = wb.createCellStyle();
            dateStyle.setDataFormat(wb.createDataFormat().getFormat("dd/mm/yyyy"));
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r);
                List<Object> values = rows.get(r);
                for (int c = 0; c < values.size(); c++) {
                    Object v = values.get(c);
                    if (v == null) {
                        continue;
                    }
                    Cell cell = row.createCell(c);
                    if (v instanceof LocalDate d) {
                        cell.setCellValue(d);
                        cell.setCellStyle(dateStyle);
                    } else if (v instanceof Number n) {
                        cell.setCellValue(n.doubleValue());
                    } else if (v instanceof Boolean b) {
                        cell.setCellValue(b);
                    } else if (v.toString().startsWith("=")) {
                        cell.setCellFormula(v.toString().substring(1));
                    } else {
                        cell.setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Splits a CSV line of the fixtures into cells (no quotes in fixtures). */
    static List<Object> cells(String line) {
        return List.of((Object[]) line.split(",", -1));
    }

    /** A stored state with units UB-PNV, UB-VP (valid from 2020), UB-CU (until 1/7/2025) and the grade catalogue. */
    static StateBuilder state() {
        return new StateBuilder();
    }

    static final class StateBuilder {
        final Map<String, ExistingPerson> people = new HashMap<>();
        final Map<String, UnitPeriod> units = new HashMap<>();
        final Map<String, String> grades = new LinkedHashMap<>();
        private long nextId = 1000;

        StateBuilder() {
            unit(1, "UB-PNV", LocalDate.of(2020, 1, 1), null);
            unit(2, "UB-VP", LocalDate.of(2020, 1, 1), null);
            unit(3, "P-CU", LocalDate.of(2020, 1, 1), LocalDate.of(2025, 7, 1));
            for (String g : List.of("01.002", "01.003", "01.004", "01.005", "V.07.02.05", "V.07.02.06", "V.07.03.08",
                    "V.07.03.09")) {
                grades.put(g.toUpperCase(Locale.ROOT), g);
            }
        }

        StateBuilder unit(long id, String code, LocalDate from, LocalDate to) {
            units.put(code.toUpperCase(Locale.ROOT), new UnitPeriod(id, code, from, to));
            return this;
        }

        /** Stores Nguyễn Thị Thu Hà (CB001) exactly as {@link Fixtures#HA} describes her. */
        StateBuilder ha() {
            return person("CB001", new PersonFields("Nguyễn Thị Thu Hà", LocalDate.of(1985, 3, 15), Vocabulary.Sex.FEMALE,
                            "Kinh", false, StaffCategory.CONG_CHUC, false),
                    new CurrentMembership(501, 1, "UB-PNV", "Chuyên viên", UnitRole.MEMBER, LocalDate.of(2024, 1, 1)),
                    new CurrentGrade(701, "01.003", LocalDate.of(2015, 6, 1)));
        }

        StateBuilder person(String code, PersonFields fields, CurrentMembership membership, CurrentGrade grade) {
            people.put(PersonRow.key(code), new ExistingPerson(nextId++, code, fields, 3, membership, grade));
            return this;
        }

        ExistingState build() {
            return new ExistingState(Map.copyOf(people), Map.copyOf(units), new LinkedHashMap<>(grades));
        }

        Function<Set<String>, ExistingState> loader() {
            ExistingState state = build();
            return codes -> state;
        }
    }

    /** Messages of the errors, one per line, for readable assertion failures. */
    static String describe(List<ImportError> errors) {
        StringBuilder out = new StringBuilder();
        for (ImportError e : errors) {
            out.append(e.row()).append(" | ").append(e.column()).append(" | ").append(e.value()).append(" | ")
                    .append(e.message()).append('\n');
        }
        return out.toString();
    }
}
