package vn.danhgia.web.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.danhgia.evaluation.api.quarter.QuarterFacade;
import vn.danhgia.evaluation.api.quarter.QuarterView;
import vn.danhgia.evaluation.api.quarter.RewardProposal;
import vn.danhgia.evaluation.api.quarter.SheetRow;
import vn.danhgia.evaluation.api.quarter.Viewer;
import vn.danhgia.web.security.CurrentViewer;

/**
 * Backs {@code /evaluation/rewards.xhtml}: the people units propose for praise or reward (RULES.md PRO-12) — the list
 * sent to each focal body (Party Organisation Board or Home Affairs Office), filtered by focal body — and, for unit
 * heads, evaluators and HR officers, the form that proposes a professional person of a unit with their achievement.
 */
@Named
@ViewScoped
public class RewardsBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "evaluation_rewards";

    @Inject
    private transient QuarterFacade quarters;

    @Inject
    private CurrentViewer currentViewer;

    private List<QuarterView> quarterViews = List.of();
    private List<QuarterPageSupport.Option> quarterOptions = List.of();
    private Long quarterId;
    private QuarterView quarter;
    private String period;
    private List<QuarterPageSupport.Option> focalOptions = List.of();
    private Long focalId;
    private List<Line> proposals = List.of();
    private boolean canPropose;
    private List<Candidate> candidates = List.of();
    private List<QuarterPageSupport.Option> unitOptions = List.of();
    private List<Candidate> people = List.of();
    private Long proposeUnitId;
    private Long proposeSheetId;
    private String achievement;

    /** A proposal in the list, with the result in words (a key of the bundle). */
    public record Line(long sheetId, String fullName, String positionTitle, String unitName, String focalUnitName,
                       String outcomeKey, String severity, String reason, LocalDateTime proposedAt, String proposedBy) {
    }

    /** A professional person the viewer may propose (not proposed yet this quarter). */
    public record Candidate(long sheetId, long unitId, String unitName, String fullName, String positionTitle)
            implements Serializable {
    }

    @PostConstruct
    void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Viewer viewer = currentViewer.get();
        canPropose = viewer.manager() || viewer.evaluator();
        quarterViews = quarters.quarters(viewer);
        quarterOptions = QuarterPageSupport.quarterOptions(faces, PAGE, quarterViews);
        quarterId = QuarterPageSupport.requestedQuarter(faces, quarterViews);
        if (quarterId == null) {
            quarterId = quarterViews.stream().filter(q -> QuarterPageSupport.PUBLISHED.equals(q.status()))
                    .map(QuarterView::id).findFirst()
                    .orElse(quarterViews.isEmpty() ? null : quarterViews.get(0).id());
        }
        quarterChanged();
    }

    /** Another quarter: its focal bodies, its proposals and the people who may be proposed. */
    public void quarterChanged() {
        quarter = QuarterPageSupport.find(quarterViews, quarterId);
        focalOptions = List.of();
        focalId = null;
        proposals = List.of();
        candidates = List.of();
        unitOptions = List.of();
        people = List.of();
        proposeUnitId = null;
        proposeSheetId = null;
        achievement = null;
        if (quarter == null) {
            return;
        }
        period = QuarterPageSupport.period(FacesContext.getCurrentInstance(), PAGE, quarter);
        try {
            Viewer viewer = currentViewer.get();
            List<SheetRow> rows = quarters.sheets(quarterId, null, viewer);
            Map<Long, String> focal = new LinkedHashMap<>();
            rows.stream().filter(r -> r.focalUnitId() != null)
                    .forEach(r -> focal.putIfAbsent(r.focalUnitId(), r.focalUnitName()));
            focalOptions = focal.entrySet().stream()
                    .map(e -> new QuarterPageSupport.Option(e.getKey(), e.getValue())).toList();
            List<RewardProposal> all = load(viewer);
            Set<Long> proposed = all.stream().map(RewardProposal::sheetId).collect(Collectors.toSet());
            candidates = candidates(viewer, rows, proposed);
            Map<Long, String> units = new LinkedHashMap<>();
            candidates.forEach(c -> units.putIfAbsent(c.unitId(), c.unitName()));
            unitOptions = units.entrySet().stream()
                    .map(e -> new QuarterPageSupport.Option(e.getKey(), e.getValue())).toList();
            if (unitOptions.size() == 1) {
                proposeUnitId = (Long) unitOptions.get(0).value();
                unitChanged();
            }
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    /** The focal body filter changed. */
    public void filter() {
        try {
            load(currentViewer.get());
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    /** The unit of the form changed: its professional people not proposed yet. */
    public void unitChanged() {
        people = proposeUnitId == null ? List.of()
                : candidates.stream().filter(c -> c.unitId() == proposeUnitId).toList();
        if (proposeSheetId != null && people.stream().noneMatch(c -> c.sheetId() == proposeSheetId)) {
            proposeSheetId = null;
        }
    }

    /** PRO-12: sends the chosen person with their achievement to the unit's focal body. */
    public void propose() {
        if (quarter == null) {
            return;
        }
        if (proposeSheetId == null) {
            QuarterPageSupport.message(FacesMessage.SEVERITY_ERROR, PAGE + ".message.choosePerson");
            FacesContext.getCurrentInstance().validationFailed();
            return;
        }
        try {
            RewardProposal done = quarters.proposeReward(proposeSheetId, achievement, currentViewer.get());
            long keepUnit = proposeUnitId;
            Long keepFocal = focalId;
            quarterChanged();
            focalId = keepFocal;
            filter();
            proposeUnitId = unitOptions.stream().anyMatch(o -> o.value().equals(keepUnit)) ? keepUnit : null;
            unitChanged();
            QuarterPageSupport.message(FacesMessage.SEVERITY_INFO, PAGE + ".message.proposed", done.fullName(),
                    done.focalUnitName() == null ? "" : done.focalUnitName());
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    private List<RewardProposal> load(Viewer viewer) {
        List<RewardProposal> all = quarters.rewards(quarterId, null, viewer);
        List<Line> lines = new ArrayList<>();
        for (RewardProposal p : all) {
            if (focalId == null || focalId.equals(p.focalUnitId())) {
                String outcome = p.outcome() == null ? "PENDING" : p.outcome();
                lines.add(new Line(p.sheetId(), p.fullName(), p.positionTitle(), p.unitName(), p.focalUnitName(),
                        PAGE + ".outcome." + outcome, "PROFESSIONAL".equals(outcome) ? "success" : "warning", p.reason(),
                        p.proposedAt(), p.proposedBy()));
            }
        }
        proposals = List.copyOf(lines);
        return all;
    }

    /**
     * The professional people the viewer may propose, as the service allows it (PRO-12): administrators and HR officers
     * who are not a person everyone; an HR officer their own unit; an evaluator the people they evaluate.
     */
    private static List<Candidate> candidates(Viewer viewer, List<SheetRow> rows, Set<Long> proposed) {
        if (!viewer.manager() && !viewer.evaluator()) {
            return List.of();
        }
        Long ownUnit = viewer.personId() == null ? null : rows.stream()
                .filter(r -> r.personId() == viewer.personId()).map(SheetRow::unitId).findFirst().orElse(null);
        boolean everyone = viewer.admin() || viewer.hrOfficer() && viewer.personId() == null;
        return rows.stream()
                .filter(r -> "PROFESSIONAL".equals(r.outcome()) && !proposed.contains(r.sheetId()))
                .filter(r -> everyone || viewer.hrOfficer() && ownUnit != null && ownUnit == r.unitId()
                        || viewer.personId() != null && viewer.personId().equals(r.evaluatorPersonId()))
                .map(r -> new Candidate(r.sheetId(), r.unitId(), r.unitName(), r.fullName(), r.positionTitle()))
                .toList();
    }

    public List<QuarterPageSupport.Option> getQuarterOptions() { return quarterOptions; }
    public Long getQuarterId() { return quarterId; }
    public void setQuarterId(Long quarterId) { this.quarterId = quarterId; }
    public QuarterView getQuarter() { return quarter; }
    public String getPeriod() { return period; }
    public List<QuarterPageSupport.Option> getFocalOptions() { return focalOptions; }
    public Long getFocalId() { return focalId; }
    public void setFocalId(Long focalId) { this.focalId = focalId; }
    public List<Line> getProposals() { return proposals; }
    public boolean isCanPropose() { return canPropose; }
    public List<QuarterPageSupport.Option> getUnitOptions() { return unitOptions; }
    public List<Candidate> getPeople() { return people; }
    public Long getProposeUnitId() { return proposeUnitId; }
    public void setProposeUnitId(Long proposeUnitId) { this.proposeUnitId = proposeUnitId; }
    public Long getProposeSheetId() { return proposeSheetId; }
    public void setProposeSheetId(Long proposeSheetId) { this.proposeSheetId = proposeSheetId; }
    public String getAchievement() { return achievement; }
    public void setAchievement(String achievement) { this.achievement = achievement; }
}
