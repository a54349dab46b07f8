package vn.danhgia.web.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import vn.danhgia.evaluation.api.quarter.QuarterFacade;
import vn.danhgia.evaluation.api.quarter.QuarterView;
import vn.danhgia.evaluation.api.quarter.RunStatus;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitView;
import vn.danhgia.web.security.CurrentViewer;

/**
 * Backs {@code /evaluation/quarters.xhtml}: the quarters of the districts (RULES.md PRO-2, PRO-11) — open one (its
 * sheets are created by a batch job), follow the opening and the rulings run on a progress bar, restart a failed run,
 * publish. Opening, running and publishing are for administrators (publishing also for HR officers).
 */
@Named
@ViewScoped
public class QuartersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient QuarterFacade quarters;

    @Inject
    private transient UnitFacade units;

    @Inject
    private transient CurrentViewer viewer;

    private List<QuarterView> list = List.of();
    private List<UnitView> districts = List.of();
    private Long rootUnitId;
    private int year;
    private int quarter;
    private Long selectedId;
    private QuarterView selected;
    private RunStatus opening;
    private RunStatus run;

    @PostConstruct
    void init() {
        LocalDate today = LocalDate.now();
        year = today.getYear();
        quarter = (today.getMonthValue() - 1) / 3 + 1;
        districts = units.unitsAsOf(today).stream().filter(u -> u.parentId() == null).toList();
        rootUnitId = districts.isEmpty() ? null : districts.get(0).id();
        reload();
        if (!list.isEmpty()) {
            select(list.get(0).id());
        }
    }

    public void open() {
        try {
            QuarterView opened = quarters.open(rootUnitId, year, quarter, viewer.get());
            QuarterPageSupport.message(jakarta.faces.application.FacesMessage.SEVERITY_INFO, "evaluation_quarters.message.opening", opened.label(), opened.rootUnitName());
            reload();
            select(opened.id());
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    public void startRun() {
        try {
            run = quarters.startRun(selectedId, viewer.get());
            QuarterPageSupport.message(jakarta.faces.application.FacesMessage.SEVERITY_INFO, "evaluation_quarters.message.runStarted", run.total());
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    public void restartRun() {
        try {
            run = quarters.restartRun(selectedId, viewer.get());
            QuarterPageSupport.message(jakarta.faces.application.FacesMessage.SEVERITY_INFO, "evaluation_quarters.message.runRestarted");
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    public void publish() {
        try {
            QuarterView published = quarters.publish(selectedId, viewer.get());
            QuarterPageSupport.message(jakarta.faces.application.FacesMessage.SEVERITY_INFO, published.publishedLate() ? "evaluation_quarters.message.publishedLate"
                    : "evaluation_quarters.message.published", published.label());
            reload();
            select(selectedId);
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    /** Called by the poll and the row selection: refreshes the selected quarter and its runs. */
    public void refresh() {
        if (selectedId != null) {
            select(selectedId);
        }
    }

    public void select(Long id) {
        selectedId = id;
        if (id == null) {
            return;
        }
        selected = quarters.quarter(id, viewer.get());
        opening = quarters.lastRun(id, QuarterFacade.OPEN_JOB);
        run = quarters.lastRun(id, QuarterFacade.RULINGS_JOB);
        list = list.stream().map(q -> q.id() == id ? selected : q).toList();
    }

    private void reload() {
        list = quarters.quarters(viewer.get());
    }

    public boolean isRunning() {
        return opening != null && opening.running() || run != null && run.running();
    }

    public boolean isAdmin() {
        return viewer.get().admin();
    }

    public boolean isManager() {
        return viewer.get().manager();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return java.util.stream.IntStream.rangeClosed(now - 4, now + 1).boxed().toList();
    }

    public List<QuarterView> getList() { return list; }
    public List<UnitView> getDistricts() { return districts; }
    public Long getRootUnitId() { return rootUnitId; }
    public void setRootUnitId(Long rootUnitId) { this.rootUnitId = rootUnitId; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public int getQuarter() { return quarter; }
    public void setQuarter(int quarter) { this.quarter = quarter; }
    public Long getSelectedId() { return selectedId; }
    public void setSelectedId(Long selectedId) { this.selectedId = selectedId; }
    public QuarterView getSelected() { return selected; }
    public RunStatus getOpening() { return opening; }
    public RunStatus getRun() { return run; }
}
