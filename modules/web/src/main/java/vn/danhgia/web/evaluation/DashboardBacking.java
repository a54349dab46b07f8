package vn.danhgia.web.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.util.List;
import java.util.Locale;
import vn.danhgia.evaluation.api.quarter.DashboardFacade;
import vn.danhgia.evaluation.api.quarter.QuarterDashboard;
import vn.danhgia.evaluation.api.quarter.QuarterFacade;
import vn.danhgia.evaluation.api.quarter.QuarterView;
import vn.danhgia.web.i18n.Texts;
import vn.danhgia.web.security.CurrentViewer;

/**
 * Backs {@code /evaluation/dashboard.xhtml}: the figures of a quarter over the people the viewer may see (PUB-3) as
 * Chart.js bar charts ({@code p:chart}) — the share of professional people by block and by unit, the late and overdue
 * steps of the timeline (PRO-11), the evaluators' totals in bands (PRO-6, PRO-7) — with the same figures as tables.
 */
@Named
@ViewScoped
public class DashboardBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String PAGE = "evaluation_dashboard";
    private static final String GREEN = "#16a34a";
    private static final String RED = "#dc2626";
    private static final String ORANGE = "#f59e0b";
    private static final String BLUE = "#1e3a8a";
    private static final String[] SERIES = {"#2563eb", "#9333ea", "#0d9488", "#ea580c"};

    @Inject
    private transient QuarterFacade quarters;

    @Inject
    private transient DashboardFacade dashboards;

    @Inject
    private CurrentViewer currentViewer;

    private List<QuarterView> quarterViews = List.of();
    private List<QuarterPageSupport.Option> quarterOptions = List.of();
    private Long quarterId;
    private QuarterView quarter;
    private String period;
    private QuarterDashboard dashboard;
    private String blocksChart;
    private String unitsChart;
    private String stepsChart;
    private String totalsChart;
    private int unitsChartHeight;
    private List<StepLine> steps = List.of();
    private List<ShareRow> blockRows = List.of();
    private List<ShareRow> unitRows = List.of();

    /** A step of the timeline in the table under its chart. */
    public record StepLine(String labelKey, String due, long expected, long done, long late, long overdue) {
    }

    /** A block or unit in the table under the share charts, the share formatted ("93,3 %"; "—" when nobody ruled). */
    public record ShareRow(String name, int total, int professional, int notProfessional, int notEvaluated, int pending,
                           String share) {
    }

    @PostConstruct
    void init() {
        FacesContext faces = FacesContext.getCurrentInstance();
        quarterViews = quarters.quarters(currentViewer.get());
        quarterOptions = QuarterPageSupport.quarterOptions(faces, PAGE, quarterViews);
        quarterId = QuarterPageSupport.requestedQuarter(faces, quarterViews);
        if (quarterId == null && !quarterViews.isEmpty()) {
            quarterId = quarterViews.get(0).id();
        }
        load();
    }

    /** Reads the figures of the chosen quarter and builds the four charts. */
    public void load() {
        quarter = QuarterPageSupport.find(quarterViews, quarterId);
        dashboard = null;
        if (quarter == null) {
            return;
        }
        FacesContext faces = FacesContext.getCurrentInstance();
        period = QuarterPageSupport.period(faces, PAGE, quarter);
        try {
            dashboard = dashboards.dashboard(quarterId, currentViewer.get());
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
            return;
        }
        Locale locale = faces.getViewRoot().getLocale();
        blockRows = dashboard.blocks().stream().map(b -> row(faces, locale, blockName(faces, b.name()), b)).toList();
        unitRows = dashboard.units().stream().map(u -> row(faces, locale, u.name(), u)).toList();
        blocksChart = shareChart(faces, blockRows.stream().map(ShareRow::name).toList(), dashboard.blocks(), false);
        unitsChart = shareChart(faces, unitRows.stream().map(ShareRow::name).toList(), dashboard.units(), true);
        unitsChartHeight = Math.max(220, 70 + 28 * dashboard.units().size());
        steps = dashboard.steps().stream().map(s -> new StepLine(PAGE + ".step." + s.step(), QuarterPageSupport.date(s.due()),
                s.expected(), s.done(), s.late(), s.overdue())).toList();
        stepsChart = stepsChart(faces);
        totalsChart = totalsChart(faces, locale);
    }

    // ---- Chart.js configurations (JSON, rendered by p:chart) ----

    private static String shareChart(FacesContext faces, List<String> names, List<QuarterDashboard.ShareLine> lines,
                                     boolean horizontal) {
        JsonArrayBuilder shares = Json.createArrayBuilder();
        for (QuarterDashboard.ShareLine line : lines) {
            BigDecimal share = line.share();
            if (share == null) {
                shares.addNull();
            } else {
                shares.add(share);
            }
        }
        JsonObjectBuilder valueAxis = Json.createObjectBuilder().add("min", 0).add("max", 100)
                .add("title", Json.createObjectBuilder().add("display", true).add("text", Texts.get(faces, PAGE + ".axis.share")));
        JsonObjectBuilder scales = Json.createObjectBuilder().add(horizontal ? "x" : "y", valueAxis);
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("scales", scales)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("display", false)));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        return config(Json.createObjectBuilder().add("type", "bar").add("data", Json.createObjectBuilder()
                .add("labels", strings(names))
                .add("datasets", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("label", Texts.get(faces, PAGE + ".series.share")).add("data", shares)
                        .add("backgroundColor", BLUE).add("maxBarThickness", 48))))
                .add("options", options).build());
    }

    private String stepsChart(FacesContext faces) {
        JsonArrayBuilder labels = Json.createArrayBuilder();
        JsonArrayBuilder onTime = Json.createArrayBuilder();
        JsonArrayBuilder late = Json.createArrayBuilder();
        JsonArrayBuilder overdue = Json.createArrayBuilder();
        for (QuarterDashboard.StepLateness s : dashboard.steps()) {
            labels.add(Texts.get(faces, PAGE + ".step." + s.step()));
            onTime.add(s.done() - s.late());
            late.add(s.late());
            overdue.add(s.overdue());
        }
        JsonObjectBuilder stacked = Json.createObjectBuilder().add("stacked", true);
        return config(Json.createObjectBuilder().add("type", "bar").add("data", Json.createObjectBuilder()
                .add("labels", labels)
                .add("datasets", Json.createArrayBuilder()
                        .add(dataset(Texts.get(faces, PAGE + ".series.onTime"), onTime, GREEN))
                        .add(dataset(Texts.get(faces, PAGE + ".series.late"), late, ORANGE))
                        .add(dataset(Texts.get(faces, PAGE + ".series.overdue"), overdue, RED))))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder().add("x", stacked)
                                .add("y", Json.createObjectBuilder().add("stacked", true).add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0))
                                        .add("title", Json.createObjectBuilder().add("display", true)
                                                .add("text", Texts.get(faces, PAGE + ".axis.count"))))))
                .build());
    }

    private String totalsChart(FacesContext faces, Locale locale) {
        List<QuarterDashboard.TotalDistribution> totals = dashboard.totals();
        int bands = totals.isEmpty() ? 0 : totals.get(0).buckets().size();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        for (int band = 0; band < bands; band++) {
            StringBuilder label = new StringBuilder();
            for (QuarterDashboard.TotalDistribution d : totals) {
                label.append(label.length() == 0 ? "" : " | ").append(range(d.buckets(), band, locale));
            }
            labels.add(label.toString());
        }
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        int i = 0;
        for (QuarterDashboard.TotalDistribution d : totals) {
            JsonArrayBuilder counts = Json.createArrayBuilder();
            d.buckets().forEach(b -> counts.add(b.count()));
            datasets.add(dataset(java.text.MessageFormat.format(Texts.get(faces, PAGE + ".series.forms"),
                    String.join(", ", d.forms()), number(d.totalMax(), locale)), counts, SERIES[i++ % SERIES.length]));
        }
        return config(Json.createObjectBuilder().add("type", "bar").add("data", Json.createObjectBuilder()
                .add("labels", labels).add("datasets", datasets))
                .add("options", Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                        .add("scales", Json.createObjectBuilder()
                                .add("x", Json.createObjectBuilder().add("title", Json.createObjectBuilder()
                                        .add("display", true).add("text", Texts.get(faces, PAGE + ".axis.band"))))
                                .add("y", Json.createObjectBuilder().add("beginAtZero", true)
                                        .add("ticks", Json.createObjectBuilder().add("precision", 0))
                                        .add("title", Json.createObjectBuilder().add("display", true)
                                                .add("text", Texts.get(faces, PAGE + ".axis.people"))))))
                .build());
    }

    /** "&lt; 270", "270–279,5", "290–300" (the first band is open below). */
    private static String range(List<QuarterDashboard.Bucket> buckets, int band, Locale locale) {
        QuarterDashboard.Bucket b = buckets.get(band);
        if (b.from() == null) {
            return "< " + number(buckets.size() > band + 1 ? buckets.get(band + 1).from() : b.to(), locale);
        }
        return number(b.from(), locale) + "–" + number(b.to(), locale);
    }

    private static JsonObjectBuilder dataset(String label, JsonArrayBuilder data, String color) {
        return Json.createObjectBuilder().add("label", label).add("data", data).add("backgroundColor", color)
                .add("maxBarThickness", 56);
    }

    private static JsonArrayBuilder strings(List<String> values) {
        JsonArrayBuilder array = Json.createArrayBuilder();
        values.forEach(v -> array.add(v == null ? "" : v));
        return array;
    }

    /** The configuration as a JavaScript literal; "&lt;/" is escaped so a name cannot close the page's script. */
    private static String config(JsonObject config) {
        return config.toString().replace("</", "<\\/");
    }

    private static ShareRow row(FacesContext faces, Locale locale, String name, QuarterDashboard.ShareLine line) {
        BigDecimal share = line.share();
        return new ShareRow(name, line.counts().total(), line.counts().professional(), line.counts().notProfessional(),
                line.counts().notEvaluated(), line.counts().pending(),
                share == null ? "—" : number(share, locale) + " %");
    }

    private static String blockName(FacesContext faces, String block) {
        return block == null || block.isEmpty() ? Texts.get(faces, PAGE + ".block.none")
                : Texts.get(faces, "organization.block." + block);
    }

    private static String number(BigDecimal value, Locale locale) {
        NumberFormat format = NumberFormat.getNumberInstance(locale);
        format.setGroupingUsed(false);
        format.setMaximumFractionDigits(1);
        return format.format(value);
    }

    public List<QuarterPageSupport.Option> getQuarterOptions() { return quarterOptions; }
    public Long getQuarterId() { return quarterId; }
    public void setQuarterId(Long quarterId) { this.quarterId = quarterId; }
    public QuarterView getQuarter() { return quarter; }
    public String getPeriod() { return period; }
    public QuarterDashboard getDashboard() { return dashboard; }
    public String getBlocksChart() { return blocksChart; }
    public String getUnitsChart() { return unitsChart; }
    public String getStepsChart() { return stepsChart; }
    public String getTotalsChart() { return totalsChart; }
    public int getUnitsChartHeight() { return unitsChartHeight; }
    public List<StepLine> getSteps() { return steps; }
    public List<ShareRow> getBlockRows() { return blockRows; }
    public List<ShareRow> getUnitRows() { return unitRows; }
}
