package vn.danhgia.web.evaluation;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import vn.danhgia.evaluation.api.quarter.BlockReport;
import vn.danhgia.evaluation.api.quarter.QuarterFacade;
import vn.danhgia.evaluation.api.quarter.SheetRow;
import vn.danhgia.evaluation.api.quarter.UnitSummary;
import vn.danhgia.web.security.CurrentViewer;

/**
 * Backs {@code /evaluation/summary.xhtml}: a unit's form 06 ({@code ?quarter=&unit=}) sent to its focal body by the
 * 28th, or a focal body's form 07 ({@code ?quarter=&focal=}) sent by the 30th (RULES.md PRO-11 steps 3 and 5); late
 * submissions are accepted and marked; both as official PDFs.
 */
@Named
@ViewScoped
public class SummaryBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private transient QuarterFacade quarters;

    @Inject
    private transient CurrentViewer viewer;

    private Long quarterId;
    private Long unitId;
    private Long focalId;
    private UnitSummary unit;
    private BlockReport block;

    /** f:viewAction. */
    public void load() {
        if (quarterId == null) {
            return;
        }
        try {
            if (unitId != null) {
                unit = quarters.unitSummary(quarterId, unitId, viewer.get());
            } else {
                block = quarters.blockReport(quarterId, focalId, viewer.get());
            }
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    public void submitUnit() {
        try {
            unit = quarters.submitUnitSummary(quarterId, unitId, viewer.get());
            QuarterPageSupport.message(jakarta.faces.application.FacesMessage.SEVERITY_INFO, unit.submittedLate() ? "evaluation_summary.message.sentLate" : "evaluation_summary.message.sent");
        } catch (RuntimeException e) {
            QuarterPageSupport.refused(e);
        }
    }

    public void submitBlock() {
        try {
            block = quarters.submitBlockReport(quarterId, focalId, viewer.get());
            QuarterPageSupport.message(jakarta.faces.application.FacesMessage.SEVERITY_INFO, block.submittedLate() ? "evaluation_summary.message.sentLate" : "evaluation_summary.message.sent");
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
    public Long getFocalId() { return focalId; }
    public void setFocalId(Long focalId) { this.focalId = focalId; }
    public UnitSummary getUnit() { return unit; }
    public BlockReport getBlock() { return block; }
}
