package vn.danhgia.web.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.evaluation.api.quarter.QuarterFacade;
import vn.danhgia.evaluation.api.quarter.QuarterFormsFacade;
import vn.danhgia.evaluation.api.quarter.QuarterView;
import vn.danhgia.evaluation.api.quarter.SheetRow;
import vn.danhgia.evaluation.api.quarter.Viewer;
import vn.danhgia.web.i18n.Texts;
import vn.danhgia.web.security.CurrentViewer;

/**
 * Backs {@code /evaluation/notice.xhtml}: the notice board "THÔNG BÁO KẾT QUẢ ĐÁNH GIÁ SỰ CHUYÊN NGHIỆP CỦA CBCCVC,
 * NLĐ" (RULES.md PRO-11 step 6) of a quarter — a focal body's block or a unit, as the viewer may read it (PUB-3) —
 * with its counts, its official PDF and, for each person, a link to their own sheet. Before publication it says so.
 */
@Named
@ViewScoped
public class NoticeBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "evaluation_notice";
    static final String ALL = "all";
    static final String UNIT = "u:";
    static final String FOCAL = "f:";

    @Inject
    private transient QuarterFacade quarters;

    @Inject
    private transient QuarterFormsFacade forms;

    @Inject
    private CurrentViewer currentViewer;

    private List<QuarterView> quarterViews = List.of();
    private List<QuarterPageSupport.Option> quarterOptions = List.of();
    private Long quarterId;
    private QuarterView quarter;
    private boolean published;
    private List<QuarterPageSupport.Option> scopeOptions = List.of();
    private String scope;
    private String scopeLabel;
    private String period;
    private String notPublishedDetail;
    private Long ownSheetId;
    private List<Line> lines = List.of();
    private Counts counts = new Counts(0, 0, 0, 0, 0);

    /** One person on the notice board, the result in words (a key of the bundle), and whether it is the viewer. */
    public record Line(int number, long sheetId, String fullName, String positionTitle, String unitName,
                       String outcomeKey, String severity, String notEvaluatedReason, boolean adjusted, boolean own) {
    }

    /** How many people the notice lists, by result. */
    public record Counts(int total, int professional, int notProfessional, int notEvaluated, int pending) {
    }

    @PostConstruct
    void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        Viewer viewer = currentViewer.get();
        quarterViews = quarters.quarters(viewer);
        quarterOptions = QuarterPageSupport.quarterOptions(faces, PAGE, quarterViews);
        quarterId = QuarterPageSupport.requestedQuarter(faces, quarterViews);
        if (quarterId == null) {
            // the latest published quarter; before any publication the latest quarter (the page says it is not published)
            quarterId = quarterViews.stream().filter(q -> QuarterPageSupport.PUBLISHED.equals(q.status()))
                    .map(QuarterView::id).findFirst()
                    .orElse(quarterViews.isEmpty() ? null : quarterViews.get(0).id());
        }
        String requested = faces.getExternalContext().getRequestParameterMap().get("unit") != null
                ? UNIT + faces.getExternalContext().getRequestParameterMap().get("unit").strip()
                : faces.getExternalContext().getRequestParameterMap().get("focal") != null
                ? FOCAL + faces.getExternalContext().getRequestParameterMap().get("focal").strip() : null;
        quarterChanged(requested);
    }

    /** Another quarter: its scopes (the viewer's own unit first) and its notice. */
    public void quarterChanged() {
        quarterChanged(null);
    }

    private void quarterChanged(String requestedScope) {
        quarter = QuarterPageSupport.find(quarterViews, quarterId);
        scopeOptions = List.of();
        scope = null;
        ownSheetId = null;
        lines = List.of();
        counts = new Counts(0, 0, 0, 0, 0);
        if (quarter == null) {
            return;
        }
        published = QuarterPageSupport.PUBLISHED.equals(quarter.status());
        period = QuarterPageSupport.period(FacesContext.getCurrentInstance(), PAGE, quarter);
        notPublishedDetail = MessageFormat.format(Texts.get(FacesContext.getCurrentInstance(), PAGE + ".text.publicationDue"),
                period, QuarterPageSupport.date(quarter.publicationDue()));
        try {
            scopes(currentViewer.get(), requestedScope);
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
            return;
        }
        load();
    }

    /** The scopes the viewer may read: all (managers), the focal bodies' blocks, the units of the sheets they see. */
    private void scopes(Viewer viewer, String requestedScope) {
        FacesContext faces = FacesContext.getCurrentInstance();
        List<SheetRow> rows = quarters.sheets(quarterId, null, viewer);
        SheetRow own = viewer.personId() == null ? null
                : rows.stream().filter(r -> r.personId() == viewer.personId()).findFirst().orElse(null);
        ownSheetId = own == null ? null : own.sheetId();
        Map<String, String> focal = new LinkedHashMap<>();
        Map<String, String> units = new LinkedHashMap<>();
        if (own != null && own.focalUnitId() != null) {
            focal.put(FOCAL + own.focalUnitId(), own.focalUnitName());
        }
        if (own != null) {
            units.put(UNIT + own.unitId(), own.unitName());
        }
        for (SheetRow r : rows) {
            if (viewer.manager() && r.focalUnitId() != null) {
                focal.putIfAbsent(FOCAL + r.focalUnitId(), r.focalUnitName());
            }
            units.putIfAbsent(UNIT + r.unitId(), r.unitName());
        }
        List<QuarterPageSupport.Option> options = new ArrayList<>();
        if (viewer.manager()) {
            options.add(new QuarterPageSupport.Option(ALL, MessageFormat.format(Texts.get(faces, PAGE + ".option.all"),
                    quarter.rootUnitName())));
        }
        String blockPattern = Texts.get(faces, PAGE + ".option.focal");
        focal.forEach((value, name) -> options.add(new QuarterPageSupport.Option(value, MessageFormat.format(blockPattern, name))));
        String unitPattern = Texts.get(faces, PAGE + ".option.unit");
        units.forEach((value, name) -> options.add(new QuarterPageSupport.Option(value, MessageFormat.format(unitPattern, name))));
        scopeOptions = List.copyOf(options);
        scope = requestedScope != null && options.stream().anyMatch(o -> o.value().equals(requestedScope)) ? requestedScope
                : own != null ? UNIT + own.unitId() : options.isEmpty() ? null : (String) options.get(0).value();
    }

    /** Reads the notice of the chosen scope (nothing before publication). */
    public void load() {
        lines = List.of();
        counts = new Counts(0, 0, 0, 0, 0);
        scopeLabel = scopeOptions.stream().filter(o -> o.value().equals(scope)).map(QuarterPageSupport.Option::label)
                .findFirst().orElse(null);
        if (quarter == null || scope == null || !published) {
            return;
        }
        try {
            Viewer viewer = currentViewer.get();
            List<SheetRow> rows = quarters.notice(quarterId, focalId(), unitId(), viewer);
            List<Line> result = new ArrayList<>();
            int professional = 0;
            int notProfessional = 0;
            int notEvaluated = 0;
            int pending = 0;
            for (SheetRow r : rows) {
                String outcome = r.outcome() == null || "INVALID_INPUT".equals(r.outcome()) ? "PENDING" : r.outcome();
                switch (outcome) {
                    case "PROFESSIONAL" -> professional++;
                    case "NOT_PROFESSIONAL" -> notProfessional++;
                    case "NOT_EVALUATED" -> notEvaluated++;
                    default -> pending++;
                }
                result.add(new Line(result.size() + 1, r.sheetId(), r.fullName(), r.positionTitle(), r.unitName(),
                        PAGE + ".outcome." + outcome, severity(outcome), r.notEvaluatedReason(), r.adjusted(),
                        viewer.personId() != null && viewer.personId() == r.personId()));
            }
            lines = List.copyOf(result);
            counts = new Counts(rows.size(), professional, notProfessional, notEvaluated, pending);
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    /** Sends the official PDF of the notice shown (QuarterFormsFacade#noticePdf); a refusal stays on the page. */
    public void downloadPdf() throws IOException {
        if (quarter == null || scope == null) {
            return;
        }
        byte[] pdf;
        try {
            pdf = forms.noticePdf(quarterId, focalId(), unitId(), currentViewer.get());
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        external.responseReset();
        external.setResponseContentType("application/pdf");
        external.setResponseContentLength(pdf.length);
        external.setResponseHeader("Content-Disposition", "attachment; filename=\"thong-bao-ket-qua-q" + quarter.quarter()
                + "-" + quarter.year() + ".pdf\"");
        try (OutputStream out = external.getResponseOutputStream()) {
            out.write(pdf);
        }
        faces.responseComplete();
    }

    private Long unitId() {
        return scope != null && scope.startsWith(UNIT) ? Long.valueOf(scope.substring(UNIT.length())) : null;
    }

    private Long focalId() {
        return scope != null && scope.startsWith(FOCAL) ? Long.valueOf(scope.substring(FOCAL.length())) : null;
    }

    private static String severity(String outcome) {
        return switch (outcome) {
            case "PROFESSIONAL" -> "success";
            case "NOT_PROFESSIONAL" -> "danger";
            case "NOT_EVALUATED" -> null; // grey, see the page
            default -> "warning";
        };
    }

    public List<QuarterPageSupport.Option> getQuarterOptions() { return quarterOptions; }
    public Long getQuarterId() { return quarterId; }
    public void setQuarterId(Long quarterId) { this.quarterId = quarterId; }
    public QuarterView getQuarter() { return quarter; }
    public boolean isPublished() { return published; }
    public List<QuarterPageSupport.Option> getScopeOptions() { return scopeOptions; }
    public String getScope() { return scope; }
    public void setScope(String scope) { this.scope = scope; }
    public String getScopeLabel() { return scopeLabel; }
    public String getPeriod() { return period; }
    public String getNotPublishedDetail() { return notPublishedDetail; }
    public Long getOwnSheetId() { return ownSheetId; }
    public List<Line> getLines() { return lines; }
    public Counts getCounts() { return counts; }
}
