package vn.danhgia.evaluation.application.quarter;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.Metric;
import jakarta.batch.runtime.StepExecution;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import vn.danhgia.evaluation.api.quarter.BlockReport;
import vn.danhgia.evaluation.api.quarter.EvaluationException;
import vn.danhgia.evaluation.api.quarter.QuarterFacade;
import vn.danhgia.evaluation.api.quarter.QuarterView;
import vn.danhgia.evaluation.api.quarter.RewardProposal;
import vn.danhgia.evaluation.api.quarter.RunStatus;
import vn.danhgia.evaluation.api.quarter.SheetDetail;
import vn.danhgia.evaluation.api.quarter.SheetRow;
import vn.danhgia.evaluation.api.quarter.UnitSummary;
import vn.danhgia.evaluation.api.quarter.Viewer;
import vn.danhgia.evaluation.domain.professionalism.CriterionScore;
import vn.danhgia.evaluation.domain.professionalism.CycleRules;
import vn.danhgia.evaluation.domain.professionalism.FormDefinition;
import vn.danhgia.evaluation.domain.professionalism.ProRulePack;
import vn.danhgia.evaluation.domain.professionalism.ScoreList;
import vn.danhgia.evaluation.domain.professionalism.ScoreValidator;
import vn.danhgia.evaluation.domain.professionalism.SheetFacts;
import vn.danhgia.evaluation.infrastructure.quarter.CurrentRuling;
import vn.danhgia.evaluation.infrastructure.quarter.FindingsJson;
import vn.danhgia.evaluation.infrastructure.quarter.NewRuling;
import vn.danhgia.evaluation.infrastructure.quarter.QuarterRecord;
import vn.danhgia.evaluation.infrastructure.quarter.RulingStore;
import vn.danhgia.evaluation.infrastructure.quarter.SheetInput;
import vn.danhgia.evaluation.infrastructure.quarter.SheetRecord;
import vn.danhgia.evaluation.infrastructure.quarter.SheetStore;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitView;
import vn.danhgia.platform.audit.AuditAction;
import vn.danhgia.platform.audit.AuditLog;
import vn.danhgia.platform.rules.Finding;

/**
 * The quarterly professionalism cycle (RULES.md PRO-2..PRO-12): each public method is one use case and one
 * transaction. Late steps are accepted and marked late (PRO-11); rulings are insert-only revisions (PUB-2); what a
 * viewer may see or do is decided by {@link Access} (PUB-3).
 */
@Stateless
public class QuarterService implements QuarterFacade {

    static final String UNIT_SUMMARY = "UNIT_SUMMARY";
    static final String BLOCK_REPORT = "BLOCK_REPORT";
    private static final int REASON_MAX = 1000;

    @Inject
    private SheetStore store;

    @Inject
    private RulingStore rulings;

    @Inject
    private RulingMaker maker;

    @EJB
    private UnitFacade units;

    @EJB
    private AuditLog auditLog;

    @EJB
    private vn.danhgia.platform.calendar.HolidayCalendarService holidays;

    // --- quarters and runs ---------------------------------------------------------------------------------

    @Override
    public QuarterView open(long rootUnitId, int year, int quarter, Viewer viewer) {
        requireAdmin(viewer);
        CycleRules.quarterProblem(year, quarter).ifPresent(problem -> {
            throw EvaluationException.invalid("INVALID_QUARTER", problem);
        });
        if (holidays.holidaysOf(year).isEmpty()) {
            throw EvaluationException.invalid("NO_HOLIDAY_CALENDAR", "Chưa có lịch ngày nghỉ, ngày làm bù của năm " + year
                    + ": số ngày làm việc vắng mặt (PRO-8) không tính được. Quản trị viên nhập lịch năm " + year
                    + " trước khi mở quý.");
        }
        if (store.quarter(rootUnitId, year, quarter).isPresent()) {
            throw EvaluationException.conflict("QUARTER_EXISTS", "Quý " + quarter + "/" + year
                    + " của đơn vị này đã được mở; mỗi quý chỉ mở một lần.");
        }
        LocalDate lastDay = LocalDate.of(year, quarter * 3, 1).plusMonths(1).minusDays(1);
        UnitView root = units.unitsAsOf(lastDay).stream().filter(u -> u.id() == rootUnitId).findFirst()
                .orElseThrow(() -> EvaluationException.invalid("UNIT_NOT_FOUND", "Không có đơn vị mã số " + rootUnitId
                        + " tại ngày cuối quý " + lastDay + "."));
        ProRulePack pack = maker.packInForce(lastDay);
        QuarterRecord record = new QuarterRecord(rootUnitId, root.name(), year, quarter, pack.ref().toString(),
                pack.deadlines().forQuarter(year, quarter), viewer.username());
        store.persist(record);
        store.flush();
        Properties parameters = new Properties();
        parameters.setProperty("quarterId", record.getId().toString());
        record.setOpenExecutionId(BatchRuntime.getJobOperator().start(OPEN_JOB, parameters));
        auditLog.record(viewer.username(), AuditAction.DATA_CHANGED, "eva_quarter#" + record.getId(),
                "PRO-2: mở " + view(record).label() + " cho " + root.name());
        return view(record);
    }

    @Override
    public List<QuarterView> quarters(Viewer viewer) {
        return store.quarters().stream().map(this::view).toList();
    }

    @Override
    public QuarterView quarter(long quarterId, Viewer viewer) {
        return view(quarterRecord(quarterId));
    }

    @Override
    public RunStatus startRun(long quarterId, Viewer viewer) {
        return start(quarterId, null, viewer);
    }

    @Override
    public RunStatus startDrill(long quarterId, int failAfterItems, Viewer viewer) {
        if (failAfterItems < 1) {
            throw EvaluationException.invalid("INVALID_DRILL", "Số người trước khi dừng thử phải từ 1 trở lên.");
        }
        return start(quarterId, failAfterItems, viewer);
    }

    private RunStatus start(long quarterId, Integer failAfterItems, Viewer viewer) {
        requireAdmin(viewer);
        QuarterRecord quarter = openQuarter(quarterId);
        RunStatus last = lastRun(quarterId, RULINGS_JOB);
        if (last != null && last.running()) {
            throw EvaluationException.conflict("RUN_IN_PROGRESS", "Đợt xét kết quả của quý đang chạy; hãy chờ nó xong.");
        }
        Properties parameters = new Properties();
        parameters.setProperty("quarterId", Long.toString(quarterId));
        parameters.setProperty("startedBy", viewer.username());
        if (failAfterItems != null) {
            parameters.setProperty("failAfterItems", failAfterItems.toString());
        }
        store.resetRunProgress(quarterId);
        long execution = BatchRuntime.getJobOperator().start(RULINGS_JOB, parameters);
        quarter.setRunExecutionId(execution);
        auditLog.record(viewer.username(), AuditAction.DATA_CHANGED, "eva_quarter#" + quarterId,
                "PRO-4..PRO-8: chạy xét kết quả (lần chạy " + execution + ")");
        return status(execution, RULINGS_JOB, store.sheetCount(quarterId));
    }

    @Override
    public RunStatus restartRun(long quarterId, Viewer viewer) {
        requireAdmin(viewer);
        QuarterRecord quarter = quarterRecord(quarterId);
        RunStatus last = lastRun(quarterId, RULINGS_JOB);
        if (last == null || !last.restartable()) {
            throw EvaluationException.conflict("NOTHING_TO_RESTART", "Không có đợt xét kết quả bị dừng hoặc lỗi để chạy tiếp.");
        }
        Properties parameters = new Properties();
        parameters.setProperty("quarterId", Long.toString(quarterId));
        parameters.setProperty("startedBy", viewer.username());
        long execution = BatchRuntime.getJobOperator().restart(last.executionId(), parameters);
        quarter.setRunExecutionId(execution);
        return status(execution, RULINGS_JOB, store.sheetCount(quarterId));
    }

    @Override
    public RunStatus lastRun(long quarterId, String job) {
        QuarterRecord quarter = quarterRecord(quarterId);
        Long execution = OPEN_JOB.equals(job) ? quarter.getOpenExecutionId() : quarter.getRunExecutionId();
        if (execution == null) {
            return null;
        }
        long total = OPEN_JOB.equals(job) ? quarter.getPeopleTotal() : store.sheetCount(quarterId);
        try {
            RunStatus status = status(execution, job, total);
            if (!status.running()) {
                return status;
            }
            // the batch runtime publishes step metrics only when the step ends: count what is committed so far
            long done = OPEN_JOB.equals(job) ? store.sheetCount(quarterId) : store.runProgress(quarterId);
            return new RunStatus(status.executionId(), job, status.status(), Math.max(done, status.done()),
                    status.written(), status.skipped(), total, status.startedAt(), status.endedAt(), status.exitStatus());
        } catch (jakarta.batch.operations.NoSuchJobExecutionException | jakarta.batch.operations.JobSecurityException e) {
            // the server's job repository no longer knows it (domain recreated) or it belongs to another deployment
            java.util.logging.Logger.getLogger(QuarterService.class.getName()).fine("run " + execution + " not readable: " + e);
            return null;
        }
    }

    // --- sheets --------------------------------------------------------------------------------------------

    @Override
    public List<SheetRow> sheets(long quarterId, Long unitId, Viewer viewer) {
        QuarterRecord quarter = quarterRecord(quarterId);
        Access.Condition visible = access(quarter, viewer).visible();
        List<Object> parameters = new ArrayList<>(visible == null ? List.of() : visible.parameters());
        String condition = visible == null ? null : visible.sql();
        if (unitId != null) {
            parameters.add(unitId);
            String byUnit = "s.unit_id = ?" + (parameters.size() + 1);
            condition = condition == null ? byUnit : "(" + condition + ") AND " + byUnit;
        }
        return store.rows(quarterId, condition, parameters.toArray());
    }

    @Override
    public SheetDetail sheet(long sheetId, Viewer viewer) {
        SheetRecord sheet = sheetRecord(sheetId);
        QuarterRecord quarter = quarterRecord(sheet.getQuarterId());
        Access access = access(quarter, viewer);
        if (!access.canRead(sheet)) {
            throw EvaluationException.forbidden("Bạn không có quyền xem phiếu đánh giá của " + sheet.getFullName() + ".");
        }
        return SheetDetails.of(sheet, view(quarter), maker.pack(quarter), store, rulings, access);
    }

    @Override
    public SheetDetail selfAssess(long sheetId, long version, List<BigDecimal> scores, Viewer viewer) {
        SheetRecord sheet = editable(sheetId, version, viewer);
        QuarterRecord quarter = openQuarter(sheet.getQuarterId());
        if (!access(quarter, viewer).canSelfAssess(sheet)) {
            throw EvaluationException.forbidden("Chỉ " + sheet.getFullName() + " tự đánh giá phiếu của mình.");
        }
        if (sheet.getScoredAt() != null) {
            throw EvaluationException.conflict("ALREADY_SCORED", "Người đánh giá đã chấm phiếu này; không sửa tự đánh giá được nữa.");
        }
        String stored = validScores(maker.pack(quarter), sheet, scores);
        LocalDateTime now = LocalDateTime.now();
        sheet.selfAssessed(stored, viewer.username(), now, CycleRules.late(now, quarter.getSelfDue()));
        flush();
        return sheet(sheetId, viewer);
    }

    @Override
    public SheetDetail comment(long sheetId, long version, String text, Viewer viewer) {
        SheetRecord sheet = editable(sheetId, version, viewer);
        QuarterRecord quarter = openQuarter(sheet.getQuarterId());
        if (!access(quarter, viewer).canComment(sheet)) {
            throw EvaluationException.forbidden(sheet.getCommenterPersonId() == null
                    ? "Phiếu này không có bước cấp phó nhận xét (chỉ mẫu 05)."
                    : "Chỉ " + sheet.getCommenterName() + " nhận xét phiếu này.");
        }
        if (text == null || text.isBlank() || text.strip().length() > 2000) {
            throw EvaluationException.invalid("COMMENT_REQUIRED", "Nhận xét không được để trống và dài tối đa 2000 ký tự.");
        }
        LocalDateTime now = LocalDateTime.now();
        sheet.commented(text.strip(), viewer.username(), now, CycleRules.late(now, quarter.getEvaluatorDue()));
        flush();
        return sheet(sheetId, viewer);
    }

    @Override
    public SheetDetail score(long sheetId, long version, List<BigDecimal> scores, Viewer viewer) {
        SheetRecord sheet = editable(sheetId, version, viewer);
        QuarterRecord quarter = openQuarter(sheet.getQuarterId());
        if (!access(quarter, viewer).canScore(sheet)) {
            throw EvaluationException.forbidden("Bạn không phải người đánh giá của " + sheet.getFullName()
                    + " (người đánh giá: " + (sheet.getEvaluatorName() == null ? "chưa xác định" : sheet.getEvaluatorName()) + ").");
        }
        if (sheet.getSelfAt() == null) {
            throw EvaluationException.conflict("SELF_MISSING", sheet.getFullName() + " chưa tự đánh giá; chấm điểm sau bước tự đánh giá.");
        }
        if (sheet.getCommenterPersonId() != null && sheet.getCommentAt() == null) {
            throw EvaluationException.conflict("COMMENT_MISSING", "Đơn vị từ 20 người (mẫu 05): " + sheet.getCommenterName()
                    + " nhận xét trước, người đứng đầu quyết định sau (PRO-3).");
        }
        String stored = validScores(maker.pack(quarter), sheet, scores);
        LocalDateTime now = LocalDateTime.now();
        sheet.scored(stored, viewer.username(), now, CycleRules.late(now, quarter.getEvaluatorDue()));
        flush();
        rule(quarter, sheet, viewer.username());
        auditLog.record(viewer.username(), AuditAction.DATA_CHANGED, "eva_sheet#" + sheetId,
                "PRO-11 bước 2: chấm điểm " + sheet.getFullName() + " (" + quarter.getYear() + " Q" + quarter.getQuarter() + ")");
        return sheet(sheetId, viewer);
    }

    @Override
    public SheetDetail adjust(long sheetId, String outcome, String decidedBy, String reason, Viewer viewer) {
        SheetRecord sheet = sheetRecord(sheetId);
        QuarterRecord quarter = quarterRecord(sheet.getQuarterId());
        if (!access(quarter, viewer).canAdjust(sheet)) {
            throw EvaluationException.forbidden("Chỉ cơ quan đầu mối (" + sheet.getFocalUnitName()
                    + ") ghi nhận điều chỉnh kết quả của lãnh đạo (PRO-10).");
        }
        if (!List.of("PROFESSIONAL", "NOT_PROFESSIONAL", "NOT_EVALUATED").contains(outcome)) {
            throw EvaluationException.invalid("INVALID_OUTCOME", "Kết quả điều chỉnh phải là PROFESSIONAL, NOT_PROFESSIONAL hoặc NOT_EVALUATED.");
        }
        if (blank(decidedBy) || blank(reason) || reason.strip().length() > REASON_MAX) {
            throw EvaluationException.invalid("ADJUSTMENT_REASON", "Điều chỉnh (PRO-10) phải ghi lãnh đạo quyết định và lý do (tối đa "
                    + REASON_MAX + " ký tự).");
        }
        Map<Long, CurrentRuling> current = rulings.current(List.of(sheetId));
        CurrentRuling before = current.get(sheetId);
        if (before == null) {
            throw EvaluationException.conflict("NOT_RULED", "Phiếu của " + sheet.getFullName() + " chưa có kết quả để điều chỉnh.");
        }
        Finding finding = new Finding("PRO-10", true, "PRO-10: " + decidedBy.strip() + " điều chỉnh kết quả thành "
                + outcomeText(outcome) + " — " + reason.strip(), Map.of("decidedBy", decidedBy.strip(),
                "fromRevision", Integer.toString(before.revision()), "outcome", outcome));
        rulings.insert(List.of(new NewRuling(sheetId, quarter.getId(), "ADJUSTMENT", outcome, null,
                FindingsJson.write(List.of(finding)), finding.message(), quarter.getRulePack(), before.inputHash(),
                viewer.username(), decidedBy.strip(), reason.strip(), null)), current);
        auditLog.record(viewer.username(), AuditAction.DATA_CHANGED, "eva_sheet#" + sheetId, finding.message());
        return sheet(sheetId, viewer);
    }

    // --- summaries, publication, rewards -------------------------------------------------------------------

    @Override
    public UnitSummary unitSummary(long quarterId, long unitId, Viewer viewer) {
        QuarterRecord quarter = quarterRecord(quarterId);
        Access access = access(quarter, viewer);
        List<SheetRow> rows = store.rows(quarterId, "s.unit_id = ?2", unitId);
        if (rows.isEmpty()) {
            throw EvaluationException.notFound("Đơn vị mã số " + unitId + " không có ai trong " + view(quarter).label() + ".");
        }
        boolean evaluatorHere = viewer.personId() != null && rows.stream().anyMatch(r -> isEvaluatorOf(viewer, r));
        if (!access.managesUnit(unitId) && !evaluatorHere && !managesFocalOf(access, rows)) {
            throw EvaluationException.forbidden("Bạn không có quyền xem biểu tổng hợp (mẫu 06) của " + rows.get(0).unitName() + ".");
        }
        Object[] sent = store.submissions(quarterId, UNIT_SUMMARY).get(unitId);
        SheetRow first = rows.get(0);
        return new UnitSummary(view(quarter), unitId, first.unitName(), first.focalUnitId(), first.focalUnitName(), rows,
                counts(rows), sent == null ? null : time(sent[1]), sent == null ? null : sent[2].toString(),
                sent != null && bool(sent[3]), sent == null && (access.managesUnit(unitId) || evaluatorHere));
    }

    @Override
    public UnitSummary submitUnitSummary(long quarterId, long unitId, Viewer viewer) {
        UnitSummary summary = unitSummary(quarterId, unitId, viewer);
        openQuarter(quarterId);
        if (summary.submittedAt() != null) {
            throw EvaluationException.conflict("ALREADY_SENT", "Đơn vị đã gửi biểu mẫu 06 lúc " + summary.submittedAt() + ".");
        }
        if (!summary.canSubmit()) {
            throw EvaluationException.forbidden("Chỉ lãnh đạo hoặc cán bộ tổ chức của đơn vị gửi biểu mẫu 06.");
        }
        if (summary.counts().pending() > 0) {
            throw EvaluationException.conflict("NOT_ALL_RULED", "Còn " + summary.counts().pending()
                    + " người chưa có kết quả; chấm điểm và xét kết quả trước khi gửi mẫu 06.");
        }
        store.insertSubmission(quarterId, UNIT_SUMMARY, unitId, summary.unitName(), viewer.username(), LocalDateTime.now(),
                quarterRecord(quarterId).getSummaryDue());
        auditLog.record(viewer.username(), AuditAction.DATA_CHANGED, "eva_quarter#" + quarterId,
                "PRO-11 bước 3: " + summary.unitName() + " gửi mẫu 06 cho " + summary.focalUnitName());
        return unitSummary(quarterId, unitId, viewer);
    }

    @Override
    public BlockReport blockReport(long quarterId, Long focalUnitId, Viewer viewer) {
        QuarterRecord quarter = quarterRecord(quarterId);
        Access access = access(quarter, viewer);
        if (focalUnitId == null ? !access.managesFocal(null) && !viewer.admin() : !access.managesFocal(focalUnitId)) {
            throw EvaluationException.forbidden("Chỉ cơ quan đầu mối xem và gửi biểu mẫu 07 của khối mình.");
        }
        List<SheetRow> rows = focalUnitId == null ? store.rows(quarterId, null)
                : store.rows(quarterId, "s.focal_unit_id = ?2", focalUnitId);
        Map<Long, Object[]> sentSummaries = store.submissions(quarterId, UNIT_SUMMARY);
        Map<Long, List<SheetRow>> byUnit = rows.stream().collect(Collectors.groupingBy(SheetRow::unitId, LinkedHashMap::new,
                Collectors.toList()));
        List<BlockReport.UnitLine> lines = new ArrayList<>();
        byUnit.forEach((unitId, unitRows) -> {
            Object[] sent = sentSummaries.get(unitId);
            lines.add(new BlockReport.UnitLine(unitId, unitRows.get(0).unitName(), counts(unitRows), sent != null,
                    sent != null && bool(sent[3])));
        });
        Object[] sent = focalUnitId == null ? null : store.submissions(quarterId, BLOCK_REPORT).get(focalUnitId);
        String focalName = focalUnitId == null ? quarter.getRootUnitName()
                : rows.stream().map(SheetRow::focalUnitName).filter(n -> n != null).findFirst().orElse("");
        return new BlockReport(view(quarter), focalUnitId, focalName, lines, counts(rows),
                sent == null ? null : time(sent[1]), sent == null ? null : sent[2].toString(), sent != null && bool(sent[3]),
                focalUnitId != null && sent == null && access.managesFocal(focalUnitId));
    }

    @Override
    public BlockReport submitBlockReport(long quarterId, long focalUnitId, Viewer viewer) {
        BlockReport report = blockReport(quarterId, focalUnitId, viewer);
        openQuarter(quarterId);
        if (report.submittedAt() != null) {
            throw EvaluationException.conflict("ALREADY_SENT", "Cơ quan đầu mối đã gửi biểu mẫu 07 lúc " + report.submittedAt() + ".");
        }
        store.insertSubmission(quarterId, BLOCK_REPORT, focalUnitId, report.focalUnitName(), viewer.username(),
                LocalDateTime.now(), quarterRecord(quarterId).getFocalDue());
        auditLog.record(viewer.username(), AuditAction.DATA_CHANGED, "eva_quarter#" + quarterId,
                "PRO-11 bước 5: " + report.focalUnitName() + " gửi mẫu 07");
        return blockReport(quarterId, focalUnitId, viewer);
    }

    @Override
    public QuarterView publish(long quarterId, Viewer viewer) {
        if (!viewer.manager()) {
            throw EvaluationException.forbidden("Chỉ quản trị viên hoặc cán bộ tổ chức công bố kết quả.");
        }
        QuarterRecord quarter = store.quarterForUpdate(quarterId)
                .orElseThrow(() -> EvaluationException.notFound("Không có quý mã số " + quarterId + "."));
        if (QuarterRecord.PUBLISHED.equals(quarter.getStatus())) {
            throw EvaluationException.conflict("ALREADY_PUBLISHED", "Kết quả " + view(quarter).label() + " đã công bố lúc "
                    + quarter.getPublishedAt() + ".");
        }
        quarter.publish(viewer.username(), LocalDateTime.now());
        auditLog.record(viewer.username(), AuditAction.DATA_CHANGED, "eva_quarter#" + quarterId,
                "PRO-11 bước 6: công bố kết quả " + view(quarter).label() + (quarter.isPublishedLate() ? " (muộn)" : ""));
        return view(quarter);
    }

    @Override
    public List<SheetRow> notice(long quarterId, Long focalUnitId, Long unitId, Viewer viewer) {
        QuarterRecord quarter = quarterRecord(quarterId);
        if (!QuarterRecord.PUBLISHED.equals(quarter.getStatus())) {
            return List.of();
        }
        Access access = access(quarter, viewer);
        if (unitId != null) {
            List<SheetRow> rows = store.rows(quarterId, "s.unit_id = ?2", unitId);
            if (!access.managesUnit(unitId) && !access.inUnit(unitId) && rows.stream().noneMatch(r -> isEvaluatorOf(viewer, r))
                    && !managesFocalOf(access, rows)) {
                throw EvaluationException.forbidden("Thông báo kết quả của đơn vị này chỉ dành cho đơn vị đó.");
            }
            return rows;
        }
        if (focalUnitId != null) {
            if (!access.managesFocal(focalUnitId) && !access.inFocal(focalUnitId)) {
                throw EvaluationException.forbidden("Thông báo kết quả của khối này chỉ dành cho các đơn vị trong khối.");
            }
            return store.rows(quarterId, "s.focal_unit_id = ?2", focalUnitId);
        }
        return sheets(quarterId, null, viewer);
    }

    @Override
    public RewardProposal proposeReward(long sheetId, String reason, Viewer viewer) {
        SheetRecord sheet = sheetRecord(sheetId);
        QuarterRecord quarter = quarterRecord(sheet.getQuarterId());
        Access access = access(quarter, viewer);
        if (!access.managesUnit(sheet.getUnitId()) && (viewer.personId() == null
                || !viewer.personId().equals(sheet.getEvaluatorPersonId()))) {
            throw EvaluationException.forbidden("Chỉ lãnh đạo đơn vị hoặc cán bộ tổ chức đề nghị khen thưởng (PRO-12).");
        }
        if (blank(reason) || reason.strip().length() > REASON_MAX) {
            throw EvaluationException.invalid("REASON_REQUIRED", "Đề nghị khen thưởng phải ghi thành tích (tối đa " + REASON_MAX + " ký tự).");
        }
        CurrentRuling current = rulings.current(List.of(sheetId)).get(sheetId);
        List<SheetRow> row = store.rows(quarter.getId(), "s.id = ?2", sheetId);
        if (current == null || !CycleRules.rewardable(row.get(0).outcome())) {
            throw EvaluationException.conflict("NOT_PROFESSIONAL", "Chỉ đề nghị khen thưởng người được đánh giá chuyên nghiệp trong quý.");
        }
        if (!store.rewards(quarter.getId(), "s.id = ?2", sheetId).isEmpty()) {
            throw EvaluationException.conflict("ALREADY_PROPOSED", sheet.getFullName() + " đã có trong danh sách đề nghị khen thưởng quý này.");
        }
        store.insertReward(quarter.getId(), sheetId, reason.strip(), viewer.username(), LocalDateTime.now());
        auditLog.record(viewer.username(), AuditAction.DATA_CHANGED, "eva_sheet#" + sheetId,
                "PRO-12: đề nghị khen thưởng " + sheet.getFullName() + " gửi " + sheet.getFocalUnitName());
        return rewards(quarter.getId(), null, viewer).stream().filter(r -> r.sheetId() == sheetId).findFirst().orElseThrow();
    }

    @Override
    public List<RewardProposal> rewards(long quarterId, Long focalUnitId, Viewer viewer) {
        QuarterRecord quarter = quarterRecord(quarterId);
        Access.Condition visible = access(quarter, viewer).visible();
        List<Object> parameters = new ArrayList<>(visible == null ? List.of() : visible.parameters());
        String condition = visible == null ? null : visible.sql();
        if (focalUnitId != null) {
            parameters.add(focalUnitId);
            String byFocal = "s.focal_unit_id = ?" + (parameters.size() + 1);
            condition = condition == null ? byFocal : "(" + condition + ") AND " + byFocal;
        }
        return store.rewards(quarterId, condition, parameters.toArray()).stream().map(r -> new RewardProposal(
                ((Number) r[0]).longValue(), str(r[1]), str(r[2]), str(r[3]), r[4] == null ? null : ((Number) r[4]).longValue(),
                str(r[5]), str(r[6]), str(r[7]), time(r[8]), str(r[9]))).toList();
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** Rules one sheet now (after the evaluator's scores), writing a revision when its input changed. */
    private void rule(QuarterRecord quarter, SheetRecord sheet, String by) {
        SheetInput input = new SheetInput(sheet.getId(), quarter.getId(), sheet.getPersonId(), sheet.getUnitId(),
                sheet.getFormCode(), sheet.getScores());
        SheetFacts facts = maker.facts(quarter, List.of(input)).get(sheet.getId());
        Map<Long, CurrentRuling> current = rulings.current(List.of(sheet.getId()));
        maker.decide(maker.pack(quarter), input, facts, current.get(sheet.getId()), by, null)
                .ifPresent(r -> rulings.insert(List.of(r), current));
    }

    private String validScores(ProRulePack pack, SheetRecord sheet, List<BigDecimal> scores) {
        FormDefinition form = pack.form(sheet.getFormCode()).orElseThrow(() -> EvaluationException.invalid(
                "UNKNOWN_FORM", "Mẫu phiếu " + sheet.getFormCode() + " không có trong bộ quy tắc."));
        if (scores == null || scores.stream().anyMatch(s -> s == null)) {
            throw EvaluationException.invalid("SCORES_REQUIRED", "Cần đủ " + form.criteriaCount() + " điểm của mẫu "
                    + form.code() + "; có điểm còn trống.");
        }
        List<CriterionScore> criteria = SheetFacts.scoresFor(form, scores);
        List<Finding> problems = ScoreValidator.validate(criteria, form, pack.scale());
        if (!problems.isEmpty()) {
            throw EvaluationException.invalid("INVALID_SCORES", problems.stream().map(Finding::message)
                    .collect(Collectors.joining("; ")));
        }
        return ScoreList.format(scores);
    }

    private SheetRecord editable(long sheetId, long version, Viewer viewer) {
        SheetRecord sheet = sheetRecord(sheetId);
        if (sheet.getVersion() != version) {
            throw staleSheet(sheet);
        }
        return sheet;
    }

    private void flush() {
        try {
            store.flush();
        } catch (OptimisticLockException e) {
            throw EvaluationException.conflict("CONCURRENT_CHANGE", "Phiếu vừa được người khác lưu; hãy tải lại rồi nhập lại.");
        }
    }

    private static EvaluationException staleSheet(SheetRecord sheet) {
        return EvaluationException.conflict("CONCURRENT_CHANGE", "Phiếu của " + sheet.getFullName()
                + " vừa được người khác lưu (phiên bản " + sheet.getVersion() + "); hãy tải lại rồi nhập lại.");
    }

    private Access access(QuarterRecord quarter, Viewer viewer) {
        SheetRecord own = viewer.personId() == null ? null : store.sheetOf(quarter.getId(), viewer.personId()).orElse(null);
        return new Access(viewer, own);
    }

    private static boolean managesFocalOf(Access access, List<SheetRow> rows) {
        return rows.stream().map(SheetRow::focalUnitId).distinct().anyMatch(f -> f != null && access.managesFocal(f));
    }

    private static boolean isEvaluatorOf(Viewer viewer, SheetRow row) {
        return viewer.personId() != null && (viewer.personId().equals(row.evaluatorPersonId())
                || viewer.personId().equals(row.commenterPersonId()));
    }

    private QuarterRecord quarterRecord(long quarterId) {
        return store.quarter(quarterId).orElseThrow(() -> EvaluationException.notFound("Không có quý mã số " + quarterId + "."));
    }

    private QuarterRecord openQuarter(long quarterId) {
        QuarterRecord quarter = quarterRecord(quarterId);
        if (QuarterRecord.PUBLISHED.equals(quarter.getStatus())) {
            throw EvaluationException.conflict("QUARTER_PUBLISHED", "Kết quả " + view(quarter).label()
                    + " đã công bố; chỉ còn điều chỉnh theo PRO-10.");
        }
        if (QuarterRecord.OPENING.equals(quarter.getStatus())) {
            throw EvaluationException.conflict("QUARTER_OPENING", view(quarter).label() + " đang được mở (tạo phiếu); hãy chờ.");
        }
        return quarter;
    }

    private SheetRecord sheetRecord(long sheetId) {
        return store.sheet(sheetId).orElseThrow(() -> EvaluationException.notFound("Không có phiếu đánh giá mã số " + sheetId + "."));
    }

    private static void requireAdmin(Viewer viewer) {
        if (!viewer.admin()) {
            throw EvaluationException.forbidden("Chỉ quản trị viên mở quý và chạy xét kết quả.");
        }
    }

    QuarterView view(QuarterRecord q) {
        return new QuarterView(q.getId(), q.getRootUnitId(), q.getRootUnitName(), q.getYear(), q.getQuarter(), q.getRulePack(),
                q.getSelfDue(), q.getEvaluatorDue(), q.getSummaryDue(), q.getFocalDue(), q.getPublicationDue(), q.getStatus(),
                q.getOpenedAt(), q.getOpenedBy(), q.getPublishedAt(), q.getPublishedBy(), q.isPublishedLate(),
                store.sheetCount(q.getId()), q.getOpenExecutionId(), q.getRunExecutionId());
    }

    static UnitSummary.Counts counts(List<SheetRow> rows) {
        int professional = 0;
        int notProfessional = 0;
        int notEvaluated = 0;
        int pending = 0;
        for (SheetRow r : rows) {
            if (r.outcome() == null || "INVALID_INPUT".equals(r.outcome())) {
                pending++;
            } else if ("PROFESSIONAL".equals(r.outcome())) {
                professional++;
            } else if ("NOT_EVALUATED".equals(r.outcome())) {
                notEvaluated++;
            } else {
                notProfessional++;
            }
        }
        return new UnitSummary.Counts(rows.size(), professional, notProfessional, notEvaluated, pending);
    }

    static String outcomeText(String outcome) {
        return switch (outcome == null ? "" : outcome) {
            case "PROFESSIONAL" -> "Chuyên nghiệp";
            case "NOT_PROFESSIONAL" -> "Không chuyên nghiệp";
            case "NOT_EVALUATED" -> "Không đánh giá";
            case "INVALID_INPUT" -> "Phiếu không hợp lệ";
            default -> "Chưa có kết quả";
        };
    }

    static RunStatus status(long execution, String job, long total) {
        JobOperator operator = BatchRuntime.getJobOperator();
        JobExecution e = operator.getJobExecution(execution);
        long read = 0;
        long written = 0;
        long filtered = 0;
        for (StepExecution step : operator.getStepExecutions(execution)) {
            for (Metric m : step.getMetrics()) {
                switch (m.getType()) {
                    case READ_COUNT -> read += m.getValue();
                    case WRITE_COUNT -> written += m.getValue();
                    case FILTER_COUNT -> filtered += m.getValue();
                    default -> { }
                }
            }
        }
        return new RunStatus(execution, job, e.getBatchStatus().name(), read, written, filtered, total,
                local(e.getStartTime()), local(e.getEndTime()), e.getExitStatus());
    }

    private static LocalDateTime local(java.util.Date date) {
        return date == null ? null : LocalDateTime.ofInstant(date.toInstant(), ZoneId.systemDefault());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static LocalDateTime time(Object value) {
        return value instanceof java.sql.Timestamp t ? t.toLocalDateTime() : (LocalDateTime) value;
    }
}
