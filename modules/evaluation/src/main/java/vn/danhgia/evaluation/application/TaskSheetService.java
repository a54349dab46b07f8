package vn.danhgia.evaluation.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import vn.danhgia.evaluation.api.quarter.EvaluationException;
import vn.danhgia.evaluation.api.quarter.Viewer;
import vn.danhgia.evaluation.api.tasks.ConclusionView;
import vn.danhgia.evaluation.api.tasks.NewTask;
import vn.danhgia.evaluation.api.tasks.SelfAssessment;
import vn.danhgia.evaluation.api.tasks.TaskCounts;
import vn.danhgia.evaluation.api.tasks.TaskSheetFacade;
import vn.danhgia.evaluation.api.tasks.TaskSheetView;
import vn.danhgia.evaluation.api.tasks.TaskView;
import vn.danhgia.evaluation.domain.tasks.Mon3RulePack;
import vn.danhgia.evaluation.domain.tasks.PeriodKind;
import vn.danhgia.evaluation.domain.tasks.TaskPeriod;
import vn.danhgia.evaluation.domain.tasks.TaskSheetRules;
import vn.danhgia.evaluation.domain.tasks.TaskSheetRules.Counts;
import vn.danhgia.evaluation.domain.tasks.TaskSheetRules.Progress;
import vn.danhgia.evaluation.domain.tasks.TaskSheetRules.Quality;
import vn.danhgia.evaluation.domain.tasks.TaskSheetRules.Result;
import vn.danhgia.evaluation.domain.tasks.TaskSheetRules.TaskFacts;
import vn.danhgia.evaluation.infrastructure.DefaultRulePacks;
import vn.danhgia.evaluation.infrastructure.tasks.TaskConclusionRecord;
import vn.danhgia.evaluation.infrastructure.tasks.TaskRecord;
import vn.danhgia.evaluation.infrastructure.tasks.TaskSheetRecord;
import vn.danhgia.evaluation.infrastructure.tasks.TaskSheets;
import vn.danhgia.organization.api.authority.AuthorityChainView;
import vn.danhgia.organization.api.authority.AuthorityFacade;
import vn.danhgia.organization.api.people.PersonDetail;
import vn.danhgia.organization.api.people.PersonFacade;
import vn.danhgia.platform.audit.AuditAction;
import vn.danhgia.platform.audit.AuditLog;
import vn.danhgia.platform.rules.Finding;

/**
 * Task sheets (RULES.md MON-3) with the MON3 rule pack (RP-1): one method per use case, each the transaction. The
 * sheet's version is raised by every change of its tasks, so a stale page is refused (409); conclusions are
 * insert-only revisions (PUB-2).
 */
@Stateless
public class TaskSheetService implements TaskSheetFacade {

    private static final int CONTENT_MAX = 2000;
    private static final int PRODUCT_MAX = 1000;
    private static final int NOTE_MAX = 1000;
    private static final int CONCLUSION_MAX = 4000;
    private static final int REASON_MAX = 500;

    @Inject
    private TaskSheets sheets;

    @Inject
    private PersonFacade people;

    @Inject
    private AuthorityFacade authority;

    @EJB
    private AuditLog auditLog;

    private final Mon3RulePack pack = DefaultRulePacks.mon3();

    @Override
    public TaskSheetView sheet(Viewer viewer, long personId, int year, int month) {
        Subject subject = subject(personId, year, month);
        TaskSheetRecord sheet = sheets.sheet(personId, subject.period.kind().name(), subject.period.year(),
                subject.period.number()).orElse(null);
        Long authorityId = sheet == null ? subject.authorityPersonId : sheet.getAuthorityPersonId();
        if (!canRead(viewer, personId, authorityId)) {
            throw EvaluationException.forbidden("Bạn không được xem phiếu giao nhiệm vụ của người này.");
        }
        return sheet == null ? emptyView(viewer, subject) : view(viewer, sheet);
    }

    @Override
    public TaskSheetView assign(Viewer viewer, long personId, int year, int month, NewTask task, Long sheetVersion) {
        Subject subject = subject(personId, year, month);
        TaskPeriod period = subject.period;
        TaskSheetRecord sheet = sheets.sheet(personId, period.kind().name(), period.year(), period.number()).orElse(null);
        Long authorityId = sheet == null ? subject.authorityPersonId : sheet.getAuthorityPersonId();
        if (!TaskSheetRules.canAssign(viewer.admin(), viewer.evaluator(), viewer.hrOfficer(), viewer.personId(),
                authorityId)) {
            throw EvaluationException.forbidden("Chỉ người có thẩm quyền đánh giá, cán bộ tổ chức hoặc quản trị viên "
                    + "được giao nhiệm vụ.");
        }
        if (task == null || task.content() == null || task.content().isBlank()) {
            throw EvaluationException.invalid("TASK_CONTENT_REQUIRED", "Thiếu nội dung nhiệm vụ.");
        }
        String content = task.content().strip();
        String product = blankToNull(task.product());
        if (content.length() > CONTENT_MAX || product != null && product.length() > PRODUCT_MAX) {
            throw EvaluationException.invalid("TASK_TOO_LONG", "Nội dung tối đa " + CONTENT_MAX + " ký tự, sản phẩm tối đa "
                    + PRODUCT_MAX + " ký tự.");
        }
        LocalDate assignedOn = task.assignedOn() == null ? LocalDate.now() : task.assignedOn();
        TaskSheetRules.assignmentProblem(assignedOn, task.dueDate(), period).ifPresent(p -> {
            throw EvaluationException.invalid("TASK_DATES", p);
        });
        LocalDateTime now = LocalDateTime.now();
        int position = 1;
        if (sheet == null) {
            if (sheetVersion != null) {
                throw EvaluationException.conflict("STALE", "Phiếu giao nhiệm vụ đã thay đổi; hãy tải lại trang.");
            }
            sheet = new TaskSheetRecord(personId, subject.fullName, subject.unitRole, period.kind().name(),
                    period.year(), period.number(), TaskSheetRules.assignDeadline(period, pack), subject.authorityPersonId,
                    subject.authorityName, pack.ref().toString(), now, viewer.username());
            sheets.insert(sheet);
            sheets.flush();
        } else {
            checkVersion(sheet, sheetVersion);
            refuseWhenConcluded(sheet);
            position = sheets.tasks(sheet.getId()).stream().mapToInt(TaskRecord::getPosition).max().orElse(0) + 1;
            sheet.changed(LocalDateTime.now());
        }
        Finding finding = TaskSheetRules.assignment(assignedOn, task.addedLater(), period, pack);
        sheets.insert(new TaskRecord(sheet.getId(), position, content, product, task.dueDate(), assignedOn,
                task.addedLater(), task.proposal(), !finding.passed(), cut(finding.message(), 500), viewer.username(),
                now));
        sheets.flush();
        auditLog.record(viewer.username(), AuditAction.DATA_CHANGED, "eva_task_sheet " + sheet.getId(),
                "Giao nhiệm vụ " + position + " cho " + subject.fullName + " (" + period.label() + "): "
                        + cut(content, 200) + " — " + finding.message());
        return view(viewer, sheet);
    }

    @Override
    public TaskSheetView selfAssess(Viewer viewer, SelfAssessment a) {
        if (a == null) {
            throw EvaluationException.invalid("ASSESSMENT_REQUIRED", "Thiếu tự đánh giá.");
        }
        TaskRecord task = sheets.task(a.taskId())
                .orElseThrow(() -> EvaluationException.notFound("Không có nhiệm vụ " + a.taskId() + "."));
        TaskSheetRecord sheet = sheets.sheet(task.getSheetId()).orElseThrow();
        if (!TaskSheetRules.canSelfAssess(viewer.personId(), sheet.getPersonId())) {
            throw EvaluationException.forbidden("Chỉ người được giao nhiệm vụ tự đánh giá nhiệm vụ của mình.");
        }
        refuseWhenConcluded(sheet);
        if (task.getVersion() != a.version()) {
            throw EvaluationException.conflict("STALE", "Nhiệm vụ " + task.getPosition() + " vừa được thay đổi; hãy tải "
                    + "lại trang rồi đánh giá lại.");
        }
        Progress progress = TaskSheetRules.parse(Progress.class, a.progress()).orElseThrow(() ->
                EvaluationException.invalid("PROGRESS", "Tiến độ phải là ON_TIME (đúng hạn) hoặc LATE (chậm)."));
        Quality quality = TaskSheetRules.parse(Quality.class, a.quality()).orElseThrow(() ->
                EvaluationException.invalid("QUALITY", "Chất lượng phải là GOOD (tốt), FAIR (đạt) hoặc POOR (chưa đạt)."));
        Result result = TaskSheetRules.parse(Result.class, a.result()).orElseThrow(() ->
                EvaluationException.invalid("RESULT", "Kết quả phải là DONE (hoàn thành) hoặc NOT_DONE (không hoàn thành)."));
        String note = blankToNull(a.note());
        if (note != null && note.length() > NOTE_MAX) {
            throw EvaluationException.invalid("NOTE_TOO_LONG", "Ghi chú tối đa " + NOTE_MAX + " ký tự.");
        }
        task.selfAssess(progress.name(), quality.name(), result.name(), a.redone(), note, LocalDateTime.now());
        sheet.changed(LocalDateTime.now());
        sheets.flush();
        return view(viewer, sheet);
    }

    @Override
    public TaskSheetView conclude(Viewer viewer, long sheetId, String text, String reason, long sheetVersion) {
        TaskSheetRecord sheet = sheets.sheet(sheetId)
                .orElseThrow(() -> EvaluationException.notFound("Không có phiếu giao nhiệm vụ " + sheetId + "."));
        if (!TaskSheetRules.canConclude(viewer.admin(), viewer.evaluator(), viewer.hrOfficer(), viewer.personId(),
                sheet.getAuthorityPersonId())) {
            throw EvaluationException.forbidden("Chỉ người có thẩm quyền đánh giá (" + (sheet.getAuthorityName() == null
                    ? "tập thể" : sheet.getAuthorityName()) + ") hoặc quản trị viên được kết luận.");
        }
        checkVersion(sheet, sheetVersion);
        String conclusion = blankToNull(text);
        if (conclusion == null || conclusion.length() > CONCLUSION_MAX) {
            throw EvaluationException.invalid("CONCLUSION", "Ghi kết luận (tối đa " + CONCLUSION_MAX + " ký tự).");
        }
        String why = blankToNull(reason);
        if (why != null && why.length() > REASON_MAX) {
            throw EvaluationException.invalid("REASON_TOO_LONG", "Lý do tối đa " + REASON_MAX + " ký tự.");
        }
        List<TaskRecord> tasks = sheets.tasks(sheetId);
        if (tasks.isEmpty()) {
            throw EvaluationException.conflict("NO_TASKS", "Phiếu chưa có nhiệm vụ nào; chưa kết luận được.");
        }
        List<TaskConclusionRecord> earlier = sheets.conclusions(sheetId);
        if (earlier.isEmpty()) {
            long open = tasks.stream().filter(t -> t.getSelfResult() == null).count();
            if (open > 0) {
                throw EvaluationException.conflict("NOT_SELF_ASSESSED", "Còn " + open + " nhiệm vụ chưa được tự đánh giá; "
                        + "người được giao tự đánh giá xong thì mới kết luận.");
            }
        } else if (why == null) {
            throw EvaluationException.invalid("REASON_REQUIRED", "Phiếu đã có kết luận (lần " + earlier.get(0).getRevision()
                    + "); kết luận lại là một lần sửa và cần ghi lý do. Kết luận cũ vẫn được giữ.");
        }
        Counts c = counts(tasks);
        int revision = earlier.isEmpty() ? 1 : earlier.get(0).getRevision() + 1;
        sheets.insert(new TaskConclusionRecord(sheetId, revision, conclusion, c.assigned(), c.completed(), c.late(),
                c.redone(), c.proposals(), viewer.username(), viewer.personId(), LocalDateTime.now(), why));
        sheet.changed(LocalDateTime.now());
        sheets.flush();
        auditLog.record(viewer.username(), AuditAction.DATA_CHANGED, "eva_task_sheet " + sheetId,
                "Kết luận phiếu giao nhiệm vụ lần " + revision + (why == null ? "" : ", lý do: " + why));
        return view(viewer, sheet);
    }

    // ---------------------------------------------------------------------------------------------------------------

    /** The person, their role and period of the month, and the authority the sheet would get. */
    private record Subject(long personId, String fullName, String unitRole, TaskPeriod period, Long authorityPersonId,
                           String authorityName) {
    }

    private Subject subject(long personId, int year, int month) {
        if (month < 1 || month > 12 || year < 1900 || year > 9999) {
            throw EvaluationException.invalid("INVALID_PERIOD", "Tháng " + month + "/" + year + " không hợp lệ.");
        }
        PersonDetail person = people.detail(personId)
                .orElseThrow(() -> EvaluationException.notFound("Không có người " + personId + "."));
        LocalDate monthEnd = YearMonth.of(year, month).atEndOfMonth();
        String role = person.memberships().stream()
                .filter(m -> !m.validFrom().isAfter(monthEnd) && (m.validTo() == null || !m.validTo().isBefore(monthEnd)))
                .filter(m -> "PRIMARY".equals(m.kind()) || "SECONDMENT".equals(m.kind()))
                .min(Comparator.comparing(m -> "SECONDMENT".equals(m.kind()) ? 0 : 1))
                .map(PersonDetail.Membership::unitRole).orElse(null);
        TaskPeriod period = TaskSheetRules.periodOf(role, year, month, pack);
        AuthorityChainView.Assignment holder = null;
        try {
            AuthorityChainView chain = authority.chain(personId, AuthorityFacade.QUARTERLY, period.lastDay());
            holder = role(chain, "DECIDE");
            if (holder == null) {
                holder = role(chain, "EVALUATE");
            }
        } catch (RuntimeException e) {
            holder = null; // no chain: only an administrator (or an HR officer) concludes
        }
        return new Subject(personId, person.fullName(), role, period, holder == null ? null : holder.holderPersonId(),
                holder == null ? null : holder.holder());
    }

    private static AuthorityChainView.Assignment role(AuthorityChainView chain, String role) {
        return chain.assignments().stream().filter(a -> role.equals(a.role())).findFirst().orElse(null);
    }

    private static boolean canRead(Viewer viewer, long personId, Long authorityPersonId) {
        return viewer.admin() || viewer.hrOfficer() || viewer.personId() != null
                && (viewer.personId() == personId || viewer.personId().equals(authorityPersonId));
    }

    private static void checkVersion(TaskSheetRecord sheet, Long expected) {
        if (expected == null || expected != sheet.getVersion()) {
            throw EvaluationException.conflict("STALE", "Phiếu giao nhiệm vụ vừa được người khác thay đổi (phiên bản "
                    + sheet.getVersion() + "); hãy tải lại trang rồi làm lại.");
        }
    }

    private void refuseWhenConcluded(TaskSheetRecord sheet) {
        boolean concluded = !sheets.conclusions(sheet.getId()).isEmpty();
        TaskSheetRules.changeProblem(concluded, period(sheet)).ifPresent(p -> {
            throw EvaluationException.conflict("CONCLUDED", p);
        });
    }

    private static TaskPeriod period(TaskSheetRecord s) {
        return new TaskPeriod(PeriodKind.valueOf(s.getPeriodKind()), s.getYear(), s.getPeriod());
    }

    private static Counts counts(List<TaskRecord> tasks) {
        return TaskSheetRules.counts(tasks.stream().map(t -> new TaskFacts(t.isProposal(),
                TaskSheetRules.parse(Progress.class, t.getSelfProgress()).orElse(null),
                TaskSheetRules.parse(Result.class, t.getSelfResult()).orElse(null), t.isRedone())).toList());
    }

    private TaskSheetView emptyView(Viewer viewer, Subject s) {
        boolean assign = TaskSheetRules.canAssign(viewer.admin(), viewer.evaluator(), viewer.hrOfficer(),
                viewer.personId(), s.authorityPersonId);
        return new TaskSheetView(null, s.personId, s.fullName, s.period.kind().name(), s.period.year(), s.period.number(),
                s.period.label(), TaskSheetRules.assignDeadline(s.period, pack), s.authorityPersonId, s.authorityName,
                pack.ref().toString(), null, List.of(), new TaskCounts(0, 0, 0, 0, 0), List.of(), assign, false, false);
    }

    private TaskSheetView view(Viewer viewer, TaskSheetRecord s) {
        List<TaskRecord> tasks = sheets.tasks(s.getId());
        List<TaskConclusionRecord> conclusions = sheets.conclusions(s.getId());
        boolean concluded = !conclusions.isEmpty();
        Counts c = counts(tasks);
        List<TaskView> taskViews = tasks.stream().map(t -> new TaskView(t.getId(), t.getPosition(), t.getContent(),
                t.getProduct(), t.getDueDate(), t.getAssignedOn(), t.isAddedLater(), t.isProposal(), t.isLateAssigned(),
                t.getAssignmentNote(), t.getAssignedBy(), t.getSelfProgress(), t.getSelfQuality(), t.getSelfResult(),
                t.isRedone(), t.getSelfNote(), t.getSelfAt(), t.getVersion())).toList();
        List<ConclusionView> conclusionViews = conclusions.stream().map(k -> new ConclusionView(k.getRevision(),
                k.getConclusion(), new TaskCounts(k.getAssignedCount(), k.getCompletedCount(), k.getLateCount(),
                k.getRedoneCount(), k.getProposalCount()), k.getConcludedBy(), k.getConcludedAt(), k.getReason(),
                Objects.equals(k.getRevision(), conclusions.get(0).getRevision()))).toList();
        TaskPeriod period = period(s);
        boolean assign = !concluded && TaskSheetRules.canAssign(viewer.admin(), viewer.evaluator(), viewer.hrOfficer(),
                viewer.personId(), s.getAuthorityPersonId());
        boolean self = !concluded && TaskSheetRules.canSelfAssess(viewer.personId(), s.getPersonId());
        boolean conclude = TaskSheetRules.canConclude(viewer.admin(), viewer.evaluator(), viewer.hrOfficer(),
                viewer.personId(), s.getAuthorityPersonId());
        return new TaskSheetView(s.getId(), s.getPersonId(), s.getFullName(), s.getPeriodKind(), s.getYear(),
                s.getPeriod(), period.label(), s.getAssignDeadline(), s.getAuthorityPersonId(), s.getAuthorityName(),
                s.getRulePack(), s.getVersion(), taskViews, new TaskCounts(c.assigned(), c.completed(), c.late(),
                c.redone(), c.proposals()), conclusionViews, assign, self, conclude);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String cut(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
