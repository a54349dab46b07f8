package vn.danhgia.web.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import vn.danhgia.evaluation.api.quarter.Viewer;
import vn.danhgia.evaluation.api.tasks.NewTask;
import vn.danhgia.evaluation.api.tasks.SelfAssessment;
import vn.danhgia.evaluation.api.tasks.TaskSheetFacade;
import vn.danhgia.evaluation.api.tasks.TaskSheetView;
import vn.danhgia.evaluation.api.tasks.TaskView;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitView;
import vn.danhgia.organization.api.people.PersonFacade;
import vn.danhgia.organization.api.people.PersonQuery;
import vn.danhgia.organization.api.people.PersonSummary;
import vn.danhgia.web.security.CurrentViewer;

/**
 * Backs {@code /evaluation/tasks.xhtml}: a person's task sheet (RULES.md MON-3) — own by default; evaluators, HR
 * officers and administrators pick a unit and a person. Assign tasks, self-assess (only the person), conclude (only the
 * authority or an administrator).
 */
@Named
@ViewScoped
public class TasksBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient TaskSheetFacade tasks;

    @Inject
    private transient UnitFacade units;

    @Inject
    private transient PersonFacade people;

    @Inject
    private transient CurrentViewer currentViewer;

    private boolean picker;
    private Long unitId;
    private Long personId;
    private int year;
    private int month;
    private List<UnitView> unitOptions = List.of();
    private List<PersonSummary> personOptions = List.of();
    private TaskSheetView sheet;
    private List<Assessment> assessments = List.of();

    private String content;
    private String product;
    private LocalDate dueDate;
    private LocalDate assignedOn;
    private boolean addedLater;
    private boolean proposal;

    private String conclusion;
    private String reason;

    /** The person's self-assessment of one task, as edited on the page. */
    public static class Assessment implements Serializable {

        private static final long serialVersionUID = 1L;

        private final TaskView task;
        private String progress;
        private String quality;
        private String result;
        private boolean redone;
        private String note;

        Assessment(TaskView task) {
            this.task = task;
            progress = task.progress();
            quality = task.quality();
            result = task.result();
            redone = task.redone();
            note = task.selfNote();
        }

        public TaskView getTask() { return task; }
        public String getProgress() { return progress; }
        public void setProgress(String progress) { this.progress = progress; }
        public String getQuality() { return quality; }
        public void setQuality(String quality) { this.quality = quality; }
        public String getResult() { return result; }
        public void setResult(String result) { this.result = result; }
        public boolean isRedone() { return redone; }
        public void setRedone(boolean redone) { this.redone = redone; }
        public String getNote() { return note; }
        public void setNote(String note) { this.note = note; }
    }

    @PostConstruct
    void init() {
        Viewer viewer = currentViewer.get();
        picker = viewer.admin() || viewer.hrOfficer() || viewer.evaluator();
        YearMonth now = YearMonth.now();
        year = now.getYear();
        month = now.getMonthValue();
        personId = viewer.personId();
        if (picker) {
            unitOptions = units.unitsAsOf(LocalDate.now());
        }
        load();
    }

    /** The unit changed: its people on the month's last day. */
    public void unitChanged() {
        personOptions = unitId == null ? List.of() : people.search(new PersonQuery(null, unitId, null, null,
                YearMonth.of(year, month).atEndOfMonth(), PersonQuery.SortField.FULL_NAME, true, 0,
                PersonQuery.MAX_PAGE_SIZE)).items();
    }

    /** Reads the sheet of the chosen person and period. */
    public void load() {
        sheet = null;
        assessments = List.of();
        if (personId == null) {
            return;
        }
        try {
            show(tasks.sheet(currentViewer.get(), personId, year, month));
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    public void assign() {
        try {
            show(tasks.assign(currentViewer.get(), personId, year, month,
                    new NewTask(content, product, dueDate, assignedOn, addedLater, proposal),
                    sheet == null ? null : sheet.version()));
            TaskView added = sheet.tasks().get(sheet.tasks().size() - 1);
            if (added.lateAssigned()) {
                QuarterPageSupport.message(jakarta.faces.application.FacesMessage.SEVERITY_WARN, "evaluation_tasks.message.lateAssigned", added.assignmentNote());
            } else {
                QuarterPageSupport.message(jakarta.faces.application.FacesMessage.SEVERITY_INFO, "evaluation_tasks.message.assigned");
            }
            content = null;
            product = null;
            dueDate = null;
            assignedOn = null;
            addedLater = false;
            proposal = false;
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    public void selfAssess(Assessment a) {
        try {
            show(tasks.selfAssess(currentViewer.get(), new SelfAssessment(a.task.id(), a.task.version(), a.progress,
                    a.quality, a.result, a.redone, a.note)));
            QuarterPageSupport.message(jakarta.faces.application.FacesMessage.SEVERITY_INFO, "evaluation_tasks.message.selfSaved");
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    public void conclude() {
        if (sheet == null || sheet.id() == null) {
            return;
        }
        try {
            show(tasks.conclude(currentViewer.get(), sheet.id(), conclusion, reason, sheet.version()));
            QuarterPageSupport.message(jakarta.faces.application.FacesMessage.SEVERITY_INFO, "evaluation_tasks.message.concluded");
            conclusion = null;
            reason = null;
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    private void show(TaskSheetView view) {
        sheet = view;
        List<Assessment> list = new ArrayList<>();
        view.tasks().forEach(t -> list.add(new Assessment(t)));
        assessments = list;
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return IntStream.rangeClosed(now - 5, now + 1).boxed().toList();
    }

    public List<Integer> getMonths() { return IntStream.rangeClosed(1, 12).boxed().toList(); }
    public String[] getProgressCodes() { return new String[]{"ON_TIME", "LATE"}; }
    public String[] getQualityCodes() { return new String[]{"GOOD", "FAIR", "POOR"}; }
    public String[] getResultCodes() { return new String[]{"DONE", "NOT_DONE"}; }
    public boolean isPicker() { return picker; }
    public List<UnitView> getUnitOptions() { return unitOptions; }
    public List<PersonSummary> getPersonOptions() { return personOptions; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public Long getPersonId() { return personId; }
    public void setPersonId(Long personId) { this.personId = personId; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public int getMonth() { return month; }
    public void setMonth(int month) { this.month = month; }
    public TaskSheetView getSheet() { return sheet; }
    public List<Assessment> getAssessments() { return assessments; }
    public String getContent() { return content; }
    public void setContent(String content) { this.content = content; }
    public String getProduct() { return product; }
    public void setProduct(String product) { this.product = product; }
    public LocalDate getDueDate() { return dueDate; }
    public void setDueDate(LocalDate dueDate) { this.dueDate = dueDate; }
    public LocalDate getAssignedOn() { return assignedOn; }
    public void setAssignedOn(LocalDate assignedOn) { this.assignedOn = assignedOn; }
    public boolean isAddedLater() { return addedLater; }
    public void setAddedLater(boolean addedLater) { this.addedLater = addedLater; }
    public boolean isProposal() { return proposal; }
    public void setProposal(boolean proposal) { this.proposal = proposal; }
    public String getConclusion() { return conclusion; }
    public void setConclusion(String conclusion) { this.conclusion = conclusion; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
