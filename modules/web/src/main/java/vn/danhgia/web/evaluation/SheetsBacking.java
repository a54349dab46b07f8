package vn.danhgia.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.evaluation.api.quarter.QuarterFacade;
import vn.danhgia.evaluation.api.quarter.QuarterView;
import vn.danhgia.evaluation.api.quarter.SheetRow;
import vn.danhgia.web.security.CurrentViewer;

/**
 * Backs {@code /evaluation/sheets.xhtml}: the sheets of a quarter the user may see (RULES.md PUB-3) — their own, the
 * people they evaluate or comment on, their block or unit for HR officers — with each step's state, late steps
 * marked (PRO-11), and the current result. Parameters: {@code quarter} (default: the latest), {@code unit}.
 */
@Named
@ViewScoped
public class SheetsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient QuarterFacade quarters;

    @Inject
    private transient CurrentViewer viewer;

    private Long quarterId;
    private Long unitId;
    private List<QuarterView> quarterOptions = List.of();
    private QuarterView quarter;
    private List<SheetRow> rows = List.of();
    private Map<Long, String> unitOptions = Map.of();

    /** f:viewAction: reads the parameters and loads. */
    public void load() {
        quarterOptions = quarters.quarters(viewer.get());
        if (quarterId == null && !quarterOptions.isEmpty()) {
            quarterId = quarterOptions.get(0).id();
        }
        reload();
    }

    public void reload() {
        if (quarterId == null) {
            return;
        }
        try {
            quarter = quarters.quarter(quarterId, viewer.get());
            List<SheetRow> all = quarters.sheets(quarterId, null, viewer.get());
            Map<Long, String> unitsSeen = new LinkedHashMap<>();
            all.forEach(r -> unitsSeen.putIfAbsent(r.unitId(), r.unitName()));
            unitOptions = unitsSeen;
            rows = unitId == null ? all : all.stream().filter(r -> r.unitId() == unitId).toList();
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    public String outcome(SheetRow row) {
        return QuarterPageSupport.outcome(row.outcome());
    }

    public Long getQuarterId() { return quarterId; }
    public void setQuarterId(Long quarterId) { this.quarterId = quarterId; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public List<QuarterView> getQuarterOptions() { return quarterOptions; }
    public QuarterView getQuarter() { return quarter; }
    public List<SheetRow> getRows() { return rows; }
    public List<Map.Entry<Long, String>> getUnitOptions() { return List.copyOf(unitOptions.entrySet()); }
}
