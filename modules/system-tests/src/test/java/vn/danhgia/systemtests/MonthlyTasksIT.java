package vn.danhgia.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import javax.sql.DataSource;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.danhgia.evaluation.api.monthly.MonthlyImportFacade;
import vn.danhgia.evaluation.api.monthly.MonthlyImportReport;
import vn.danhgia.evaluation.api.monthly.MonthlyRatingFacade;
import vn.danhgia.evaluation.api.monthly.MonthlyRatingRow;
import vn.danhgia.evaluation.api.quarter.EvaluationException;
import vn.danhgia.evaluation.api.quarter.Viewer;
import vn.danhgia.evaluation.api.tasks.NewTask;
import vn.danhgia.evaluation.api.tasks.SelfAssessment;
import vn.danhgia.evaluation.api.tasks.TaskSheetFacade;
import vn.danhgia.evaluation.api.tasks.TaskSheetView;
import vn.danhgia.evaluation.api.tasks.TaskView;
import vn.danhgia.systemtests.support.Deployments;
import vn.danhgia.systemtests.support.TestData;

/**
 * Runs inside Payara on the demo district: monthly ratings imported from an .xlsx file all or nothing (MON-1, MON-2),
 * and a task sheet through assignment, self-assessment and conclusion (MON-3).
 */
@ExtendWith(ArquillianExtension.class)
class MonthlyTasksIT {

    private static final Viewer ADMIN = new Viewer("it-admin", null, true, false, false);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(MonthlyTasksIT.class);
    }

    @Inject
    MonthlyImportFacade imports;

    @Inject
    MonthlyRatingFacade ratings;

    @Inject
    TaskSheetFacade tasks;

    @Resource(lookup = "java:app/jdbc/danhgia")
    DataSource dataSource;

    @Test
    @DisplayName("MON-2: an imported month with one bad row saves nothing; the fixed file saves; again, nothing changes")
    void importMonth() throws Exception {
        long unitId = justiceOffice();
        List<MonthlyRatingRow> rows = ratings.unitMonth(unitId, 2023, 11).stream()
                .filter(r -> r.staffCode() != null).toList();
        assertTrue(rows.size() >= 2, "the Justice Office has people with staff codes in November 2023");
        MonthlyRatingRow a = rows.get(0);
        MonthlyRatingRow b = rows.get(1);
        assertNotNull(imports.template(unitId, 2023, 11));

        MonthlyImportReport refused = imports.importFile(unitId, 2023, 11, "thang-11.xlsx", xlsx(new Object[][]{
                {a.staffCode(), a.fullName(), 92, null, 3},
                {b.staffCode(), b.fullName(), 101, null, null}}), "it", null);
        assertFalse(refused.saved());
        assertEquals(3, refused.errors().get(0).row(), refused.errors().toString());
        assertEquals("Điểm", refused.errors().get(0).column());
        assertEquals(0, ratingRows(a.personId(), b.personId()), "all or nothing: nobody saved");

        MonthlyImportReport saved = imports.importFile(unitId, 2023, 11, "thang-11.xlsx", xlsx(new Object[][]{
                {a.staffCode(), a.fullName(), 92, null, 3},
                {b.staffCode(), b.fullName(), null, "HT", null}}), "it", null);
        assertTrue(saved.saved(), saved.errors().toString());
        assertEquals(2, saved.savedCount());
        MonthlyRatingRow first = ratings.unitMonth(unitId, 2023, 11).stream().filter(r -> r.personId() == a.personId())
                .findFirst().orElseThrow();
        assertEquals("HTT", first.level(), "92 − 2 × 3 = 86");

        MonthlyImportReport again = imports.importFile(unitId, 2023, 11, "thang-11.xlsx", xlsx(new Object[][]{
                {a.staffCode(), a.fullName(), 92, null, 3},
                {b.staffCode(), b.fullName(), null, "HT", null}}), "it", null);
        assertTrue(again.saved());
        assertEquals(0, again.savedCount());
        assertEquals(2, again.unchangedCount());

        MonthlyImportReport noReason = imports.importFile(unitId, 2023, 11, "thang-11.xlsx", xlsx(new Object[][]{
                {a.staffCode(), a.fullName(), 95, null, 0}}), "it", null);
        assertFalse(noReason.saved(), "a correction needs a reason");
        assertEquals(2, ratingRows(a.personId(), b.personId()));
    }

    @Test
    @DisplayName("MON-3: a task sheet through assignment (late marked), self-assessment, conclusion; edits refused after it")
    void taskSheet() throws Exception {
        long unitId = justiceOffice();
        MonthlyRatingRow member = ratings.unitMonth(unitId, 2023, 11).get(0);
        long personId = member.personId();
        Viewer person = new Viewer("it-person", personId, false, false, false);

        TaskSheetView empty = tasks.sheet(ADMIN, personId, 2023, 11);
        assertEquals(null, empty.id());
        assertTrue(empty.canAssign());

        TaskSheetView one = tasks.assign(ADMIN, personId, 2023, 11, new NewTask("Rà soát văn bản quy phạm pháp luật",
                "Báo cáo rà soát", empty.assignDeadline().plusDays(20), empty.assignDeadline().plusDays(1), false, false),
                null);
        TaskView late = one.tasks().get(0);
        assertTrue(late.lateAssigned(), late.assignmentNote());
        TaskSheetView two = tasks.assign(ADMIN, personId, 2023, 11, new NewTask("Tổ chức hội nghị phổ biến pháp luật",
                null, null, empty.assignDeadline(), false, false), one.version());
        assertFalse(two.tasks().get(1).lateAssigned());
        assertThrows(EvaluationException.class, () -> tasks.assign(ADMIN, personId, 2023, 11,
                new NewTask("Stale", null, null, null, false, false), one.version()), "optimistic locking");

        assertThrows(EvaluationException.class, () -> tasks.selfAssess(ADMIN, new SelfAssessment(late.id(),
                late.version(), "ON_TIME", "GOOD", "DONE", false, null)), "only the person self-assesses");
        TaskSheetView assessed = tasks.selfAssess(person, new SelfAssessment(late.id(), late.version(), "LATE", "FAIR",
                "DONE", true, "Chậm do chờ ý kiến"));
        TaskView second = assessed.tasks().get(1);
        assessed = tasks.selfAssess(person, new SelfAssessment(second.id(), second.version(), "ON_TIME", "GOOD", "DONE",
                false, null));
        assertEquals(2, assessed.counts().completed());
        assertEquals(1, assessed.counts().late());
        assertEquals(1, assessed.counts().redone());

        long sheetId = assessed.id();
        long version = assessed.version();
        assertThrows(EvaluationException.class, () -> tasks.conclude(person, sheetId, "Tự kết luận", null, version),
                "the person does not conclude");
        TaskSheetView concluded = tasks.conclude(ADMIN, sheetId, "Hoàn thành nhiệm vụ; một việc chậm.", null, version);
        assertTrue(concluded.concluded());
        assertFalse(concluded.canSelfAssess());

        TaskView done = concluded.tasks().get(0);
        EvaluationException refused = assertThrows(EvaluationException.class, () -> tasks.selfAssess(person,
                new SelfAssessment(done.id(), done.version(), "ON_TIME", "GOOD", "DONE", false, null)));
        assertEquals(EvaluationException.Kind.CONFLICT, refused.kind());
        assertThrows(EvaluationException.class, () -> tasks.assign(ADMIN, personId, 2023, 11,
                new NewTask("Sau kết luận", null, null, null, true, false), concluded.version()));
        assertThrows(EvaluationException.class, () -> tasks.conclude(ADMIN, sheetId, "Sửa", null, concluded.version()),
                "a correction needs a reason");

        TaskSheetView corrected = tasks.conclude(ADMIN, sheetId, "Hoàn thành tốt nhiệm vụ.", "Họp xét lại",
                concluded.version());
        assertEquals(2, corrected.conclusions().size(), "PUB-2: the first conclusion is kept");
        assertEquals(2, corrected.conclusions().get(0).revision());
        assertTrue(corrected.conclusions().get(0).current());
    }

    private long justiceOffice() throws SQLException {
        try (Connection c = dataSource.getConnection()) {
            TestData.ensureDemo(c);
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM org_unit WHERE code = 'UB-TP'");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long ratingRows(long a, long b) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM eva_monthly_rating WHERE year = 2023"
                     + " AND month = 11 AND person_id IN (?, ?)")) {
            s.setLong(1, a);
            s.setLong(2, b);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static byte[] xlsx(Object[][] rows) throws Exception {
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = wb.createSheet("Xếp loại tháng");
            Row head = sheet.createRow(0);
            String[] headers = {"Mã cán bộ", "Họ và tên", "Điểm", "Xếp loại", "Số lần vi phạm"};
            for (int i = 0; i < headers.length; i++) {
                head.createCell(i).setCellValue(headers[i]);
            }
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r + 1);
                for (int c = 0; c < rows[r].length; c++) {
                    Object v = rows[r][c];
                    if (v instanceof Number n) {
                        row.createCell(c).setCellValue(n.doubleValue());
                    } else if (v != null) {
                        row.createCell(c).setCellValue(v.toString());
                    }
                }
            }
            wb.write(out);
            return out.toByteArray();
        }
    }
}
