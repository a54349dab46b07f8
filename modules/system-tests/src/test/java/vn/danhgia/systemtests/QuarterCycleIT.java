package vn.danhgia.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.danhgia.evaluation.api.quarter.EvaluationException;
import vn.danhgia.evaluation.api.quarter.QuarterFacade;
import vn.danhgia.evaluation.api.quarter.QuarterView;
import vn.danhgia.evaluation.api.quarter.RunStatus;
import vn.danhgia.evaluation.api.quarter.SheetDetail;
import vn.danhgia.evaluation.api.quarter.SheetRow;
import vn.danhgia.evaluation.api.quarter.UnitSummary;
import vn.danhgia.evaluation.api.quarter.Viewer;
import vn.danhgia.evaluation.api.rulepack.ProRulePackFacade;
import vn.danhgia.platform.security.Role;
import vn.danhgia.platform.security.UserAccounts;
import vn.danhgia.systemtests.support.Deployments;
import vn.danhgia.systemtests.support.QuarterFixture;
import vn.danhgia.systemtests.support.TestServer;

/**
 * Runs inside Payara on a small district of its own: the quarterly cycle end to end through the facade (self,
 * evaluator, ruling, summary, adjustment, publication, reward), the evaluator's scope through the REST API (PUB-3),
 * and a rulings run stopped half-way and restarted without a duplicate or a missing ruling.
 */
@ExtendWith(ArquillianExtension.class)
class QuarterCycleIT {

    private static final Viewer ADMIN = new Viewer("admin", null, true, false, false);
    private static final String PASSWORD = "Quarter-Test-2026";

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(QuarterCycleIT.class);
    }

    @EJB
    QuarterFacade quarters;

    @EJB
    UserAccounts accounts;

    @EJB
    ProRulePackFacade packs;

    @Resource(lookup = "java:app/jdbc/danhgia")
    DataSource dataSource;

    @Test
    @DisplayName("PRO-2..PRO-12: a 2023 quarter from opening to publication; every step late and marked so")
    void fullQuarter() throws Exception {
        QuarterFixture f;
        try (Connection c = dataSource.getConnection()) {
            f = QuarterFixture.create(c, "QC1");
            QuarterFixture.monthly(c, f.staff1, 2023, 7, "HTXS", "HTT", "HTT");
            QuarterFixture.monthly(c, f.staff2, 2023, 7, "HTXS", "HTXS", "HTT");
        }
        QuarterView quarter = openAndWait(f.root, 2023, 3);
        assertEquals(7, quarter.sheets());
        assertEquals("Quý III năm 2023", quarter.label());

        SheetRow staff1 = rowOf(quarter, f.staff1);
        assertEquals("04", staff1.formCode(), "PRO-3: an office of 4 uses form 04");
        assertTrue(staff1.evaluatorName().startsWith("Trần Văn Trưởng"), "PRO-9: the head of the office evaluates its staff: " + staff1.evaluatorName());
        Viewer head = new Viewer("qc1-head", f.officeHead, false, false, true);
        Viewer self1 = new Viewer("qc1-staff1", f.staff1, false, false, false);
        Viewer hr = new Viewer("qc1-hr", f.hrHead, false, true, false);

        EvaluationException early = assertThrows(EvaluationException.class,
                () -> quarters.score(staff1.sheetId(), version(staff1), tens(30), head));
        assertEquals("SELF_MISSING", early.code());
        SheetDetail selfDone = quarters.selfAssess(staff1.sheetId(), version(staff1), tens(30), self1);
        assertTrue(selfDone.row().selfLate(), "PRO-11: a self-assessment after 25/9/2023 is accepted and marked late");
        assertEquals(3, selfDone.months().size());
        assertEquals("HTXS", selfDone.months().get(0).level(), "the quarter's monthly ratings beside the sheet");

        assertThrows(EvaluationException.class, () -> quarters.score(staff1.sheetId(), selfDone.version(), tens(30), self1),
                "a person cannot score their own sheet");
        List<BigDecimal> off = tens(30);
        off.set(4, new BigDecimal("7.3"));
        EvaluationException rejected = assertThrows(EvaluationException.class,
                () -> quarters.score(staff1.sheetId(), selfDone.version(), off, head));
        assertTrue(rejected.getMessage().contains("7,3"), rejected.getMessage());
        assertEquals(null, quarters.sheet(staff1.sheetId(), head).scoredAt(), "PRO-4: nothing saved");

        SheetDetail scored = quarters.score(staff1.sheetId(), selfDone.version(), tens(30), head);
        assertEquals("PROFESSIONAL", scored.currentRuling().outcome(), scored.currentRuling().findings().toString());
        assertTrue(scored.row().scoredLate());
        assertEquals(new BigDecimal("300"), scored.scoreTotal().stripTrailingZeros().setScale(0));

        SheetRow staff2 = rowOf(quarter, f.staff2);
        Viewer self2 = new Viewer("qc1-staff2", f.staff2, false, false, false);
        SheetDetail self2Done = quarters.selfAssess(staff2.sheetId(), version(staff2), tens(30), self2);
        List<BigDecimal> withSevenFive = tens(30);
        int nonMandatory = self2Done.criteria().stream().filter(c -> !c.mandatory()).findFirst().orElseThrow().number();
        withSevenFive.set(nonMandatory - 1, new BigDecimal("7.5"));
        SheetDetail failed = quarters.score(staff2.sheetId(), self2Done.version(), withSevenFive, head);
        assertEquals("NOT_PROFESSIONAL", failed.currentRuling().outcome());
        assertTrue(failed.currentRuling().findings().stream().anyMatch(x -> !x.passed()
                && x.message().equals("PRO-7: tiêu chí " + nonMandatory + " đạt 7,5 < 8")), failed.currentRuling().findings().toString());

        // PRO-10: the focal body records a leader's adjustment; the original stays
        SheetDetail adjusted = quarters.adjust(staff2.sheetId(), "PROFESSIONAL", "Phó Chủ tịch UBND quận",
                "Tiêu chí 7,5 do lỗi nhập liệu của đơn vị", hr);
        assertEquals(2, adjusted.rulings().size());
        assertEquals("ADJUSTMENT", adjusted.currentRuling().kind());
        assertEquals("NOT_PROFESSIONAL", adjusted.rulings().get(1).outcome(), "the original ruling is kept");

        UnitSummary pending = quarters.unitSummary(quarter.id(), f.office, head);
        assertEquals(2, pending.counts().pending(), "staff3 and the head are not ruled yet");
        assertThrows(EvaluationException.class, () -> quarters.submitUnitSummary(quarter.id(), f.office, head));

        QuarterView published = quarters.publish(quarter.id(), hr);
        assertTrue(published.publishedLate(), "published after 3/10/2023: late");
        assertThrows(EvaluationException.class, () -> quarters.selfAssess(rowOf(quarter, f.staff3).sheetId(), version(rowOf(quarter, f.staff3)), tens(30),
                new Viewer("qc1-staff3", f.staff3, false, false, false)), "nothing changes after publication");
        List<SheetRow> notice = quarters.notice(quarter.id(), null, f.office, self1);
        assertEquals(4, notice.size(), "a unit's notice lists its people, for its people to read");
        assertThrows(EvaluationException.class, () -> quarters.notice(quarter.id(), null, f.otherOffice, self1),
                "another unit's notice is not for them (PUB-3)");
        assertEquals("Nguyễn Thị Ánh", quarters.proposeReward(staff1.sheetId(), "Hoàn thành xuất sắc chuyên đề", head).fullName());
        assertThrows(EvaluationException.class, () -> quarters.proposeReward(rowOf(quarter, f.staff3).sheetId(), "x", head),
                "PRO-12: only professional people are proposed");
    }

    @Test
    @DisplayName("PUB-3: through the API an evaluator cannot read or score a person outside their chain")
    void evaluatorScopeThroughTheApi() throws Exception {
        QuarterFixture f;
        try (Connection c = dataSource.getConnection()) {
            f = QuarterFixture.create(c, "QC2");
        }
        accounts.create("qc2-head", "Trần Văn Trưởng", PASSWORD.toCharArray(), Set.of(Role.EVALUATOR), f.officeHead);
        accounts.create("qc2-other", "Vũ Văn Đông", PASSWORD.toCharArray(), Set.of(Role.EVALUATOR), f.otherHead);
        accounts.create("qc2-staff", "Nguyễn Thị Ánh", PASSWORD.toCharArray(), Set.of(Role.STAFF), f.staff1);
        QuarterView quarter = openAndWait(f.root, 2024, 1);
        SheetRow staff1 = rowOf(quarter, f.staff1);
        String sheetUrl = TestServer.APP + "/api/v1/evaluation/sheets/" + staff1.sheetId();

        HttpResponse<String> self = send("qc2-staff", "PUT", sheetUrl + "/self", scoresJson(version(staff1), 30));
        assertEquals(200, self.statusCode(), self.body());

        HttpResponse<String> foreignRead = send("qc2-other", "GET", sheetUrl, null);
        assertEquals(403, foreignRead.statusCode(), foreignRead.body());
        assertTrue(foreignRead.body().contains("không có quyền xem"), foreignRead.body());
        HttpResponse<String> foreignScore = send("qc2-other", "PUT", sheetUrl + "/score", scoresJson(version(staff1), 30));
        assertEquals(403, foreignScore.statusCode(), foreignScore.body());
        HttpResponse<String> foreignList = send("qc2-other", "GET", TestServer.APP + "/api/v1/evaluation/quarters/"
                + quarter.id() + "/sheets", null);
        assertEquals(200, foreignList.statusCode());
        assertFalse(foreignList.body().contains("Nguyễn Thị Ánh"), "the list does not show people outside the chain");
        assertNotNull(quarters.sheet(staff1.sheetId(), ADMIN));
        assertEquals(null, quarters.sheet(staff1.sheetId(), ADMIN).scoredAt(), "the refused score changed nothing");

        HttpResponse<String> ownRead = send("qc2-head", "GET", sheetUrl, null);
        assertEquals(200, ownRead.statusCode(), ownRead.body());
        HttpResponse<String> ownScore = send("qc2-head", "PUT", sheetUrl + "/score", scoresJson(version(staff1), 30));
        assertEquals(200, ownScore.statusCode(), ownScore.body());
        HttpResponse<String> list = send("qc2-head", "GET", TestServer.APP + "/api/v1/evaluation/quarters/"
                + quarter.id() + "/sheets", null);
        assertTrue(list.body().contains("Nguyễn Thị Ánh") && !list.body().contains("Hoàng Thị Em"), list.body());
    }

    @Test
    @DisplayName("Batch: a rulings run failing half-way is restarted; no ruling is duplicated or missing, a re-run writes none")
    void rulingsRunRestartsWithoutDuplicates() throws Exception {
        QuarterFixture f;
        try (Connection c = dataSource.getConnection()) {
            f = QuarterFixture.create(c, "QC3");
            QuarterFixture.staff(c, "QC3", f.otherOffice, 446);
        }
        QuarterView quarter = openAndWait(f.root, 2024, 2);
        assertEquals(453, quarter.sheets());
        try (Connection c = dataSource.getConnection(); var s = c.prepareStatement("UPDATE eva_sheet SET scores = ?,"
                + " self_scores = scores, scored_at = NOW(), self_at = NOW() WHERE quarter_id = ? AND form_code = ?")) {
            s.setString(1, String.join(";", Collections.nCopies(30, "10")));
            s.setLong(2, quarter.id());
            s.setString(3, "05");
            s.executeUpdate();
            s.setString(3, "04");
            s.executeUpdate();
        }
        long scoredSheets = count("SELECT COUNT(*) FROM eva_sheet WHERE quarter_id = " + quarter.id() + " AND scores IS NOT NULL");
        assertEquals(453, scoredSheets);

        long first = quarters.startDrill(quarter.id(), 250, ADMIN).executionId();
        RunStatus failed = waitFor(quarter.id(), first);
        assertEquals("FAILED", failed.status());
        long afterFailure = count("SELECT COUNT(*) FROM eva_ruling WHERE quarter_id = " + quarter.id());
        assertEquals(200, afterFailure, "the first chunk of 200 was committed, the failing one rolled back");
        assertEquals(200, count("SELECT COUNT(*) FROM eva_sheet s JOIN eva_quarter q ON q.id = s.quarter_id WHERE q.id = "
                + quarter.id() + " AND s.id <= q.run_last_sheet_id"), "the progress bar's count stops at the last commit");

        long restarted = quarters.restartRun(quarter.id(), ADMIN).executionId();
        RunStatus done = waitFor(quarter.id(), restarted);
        assertEquals("COMPLETED", done.status(), done.exitStatus());
        assertEquals(253, done.done(), "the restart read only what was left after the checkpoint");
        assertEquals(453, count("SELECT COUNT(*) FROM eva_ruling WHERE quarter_id = " + quarter.id()));
        assertEquals(453, count("SELECT COUNT(DISTINCT sheet_id) FROM eva_ruling WHERE quarter_id = " + quarter.id()),
                "one ruling per sheet: nothing duplicated, nothing missing");
        assertEquals(453, count("SELECT COUNT(*) FROM eva_ruling WHERE quarter_id = " + quarter.id() + " AND is_current"));

        RunStatus again = quarters.startRun(quarter.id(), ADMIN);
        RunStatus rerun = waitFor(quarter.id(), again.executionId());
        assertEquals("COMPLETED", rerun.status());
        assertEquals(0, rerun.written(), "unchanged inputs: a re-run writes nothing");
        assertEquals(453, rerun.skipped());
        assertEquals(453, count("SELECT COUNT(*) FROM eva_ruling WHERE quarter_id = " + quarter.id()));
    }

    @Test
    @DisplayName("RP-1, PRO-13: an administrator publishes real criterion texts as the next PRO version; a bad pack stores nothing")
    void publishRulePack() throws Exception {
        int latest = packs.versions().stream().mapToInt(ProRulePackFacade.PackVersion::version).max().orElseThrow();
        String json = packs.json(latest);
        EvaluationException broken = assertThrows(EvaluationException.class,
                () -> packs.publish(json.replace("\"totalMin\"", "\"totalMinimum\""), "it"));
        assertTrue(broken.getMessage().contains("totalMinimum"), broken.getMessage());
        EvaluationException sameVersion = assertThrows(EvaluationException.class, () -> packs.publish(json, "it"));
        assertEquals("RULE_PACK_VERSION", sameVersion.code());
        assertEquals(latest, packs.versions().stream().mapToInt(ProRulePackFacade.PackVersion::version).max().orElseThrow(),
                "nothing stored");

        String official = json.replaceFirst("\"version\"\\s*:\\s*" + latest, "\"version\": " + (latest + 1))
                .replace("Chấp hành nghiêm chủ trương, đường lối của Đảng, chính sách, pháp luật của Nhà nước và quy định của cơ quan, đơn vị.",
                        "Tiêu chí 1 chính thức do Ban Tổ chức ban hành.");
        ProRulePackFacade.PackVersion published = packs.publish(official, "it");
        assertEquals(latest + 1, published.version());
        QuarterFixture f;
        try (Connection c = dataSource.getConnection()) {
            f = QuarterFixture.create(c, "QC4");
        }
        QuarterView quarter = openAndWait(f.root, 2025, 4);
        assertEquals("PRO v" + (latest + 1), quarter.rulePack(), "a quarter opened now uses the new version");
        SheetDetail sheet = quarters.sheet(rowOf(quarter, f.staff1).sheetId(), ADMIN);
        assertEquals("Tiêu chí 1 chính thức do Ban Tổ chức ban hành.", sheet.criteria().get(0).text());
    }

    // --- helpers -----------------------------------------------------------------------------------------

    private QuarterView openAndWait(long root, int year, int quarter) throws InterruptedException {
        QuarterView opened = quarters.open(root, year, quarter, ADMIN);
        for (int i = 0; i < 600; i++) {
            QuarterView now = quarters.quarter(opened.id(), ADMIN);
            if ("OPEN".equals(now.status())) {
                return now;
            }
            RunStatus run = quarters.lastRun(opened.id(), QuarterFacade.OPEN_JOB);
            if (run != null && ("FAILED".equals(run.status()) || "ABANDONED".equals(run.status()))) {
                throw new AssertionError("opening failed: " + run);
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the quarter did not open in 2 minutes");
    }

    private RunStatus waitFor(long quarterId, long execution) throws InterruptedException {
        for (int i = 0; i < 600; i++) {
            RunStatus status = statusOf(quarterId, execution);
            if (!status.running()) {
                return status;
            }
            Thread.sleep(200);
        }
        throw new AssertionError("the run did not end in 2 minutes");
    }

    private RunStatus statusOf(long quarterId, long execution) {
        RunStatus last = quarters.lastRun(quarterId, QuarterFacade.RULINGS_JOB);
        assertEquals(execution, last.executionId(), "the quarter records its last run");
        return last;
    }

    private long version(SheetRow row) {
        return quarters.sheet(row.sheetId(), ADMIN).version();
    }

    private SheetRow rowOf(QuarterView quarter, long personId) {
        return quarters.sheets(quarter.id(), null, ADMIN).stream().filter(r -> r.personId() == personId).findFirst()
                .orElseThrow();
    }

    private long count(String sql) throws Exception {
        try (Connection c = dataSource.getConnection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static List<BigDecimal> tens(int n) {
        return new ArrayList<>(Collections.nCopies(n, BigDecimal.TEN));
    }

    private static String scoresJson(long version, int n) {
        return "{\"version\": " + version + ", \"scores\": [" + String.join(", ", Collections.nCopies(n, "10")) + "]}";
    }

    private static HttpResponse<String> send(String user, String method, String url, String json) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Basic " + basic)
                .header("Accept", "application/json");
        if (json != null) {
            request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
