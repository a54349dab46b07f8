package vn.danhgia.web.evaluation;

import jakarta.annotation.PostConstruct;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.IntStream;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import vn.danhgia.evaluation.api.monthly.MonthlyFinding;
import vn.danhgia.evaluation.api.monthly.MonthlyImportFacade;
import vn.danhgia.evaluation.api.monthly.MonthlyImportReport;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitView;
import vn.danhgia.web.i18n.Texts;

/**
 * Backs {@code /evaluation/monthly-import.xhtml}: a unit's monthly ratings from an .xlsx file (RULES.md MON-1, MON-2)
 * — download the unit's template, upload the filled file; all or nothing, with the errors by row and column. Only
 * ADMIN, HR_OFFICER and EVALUATOR.
 */
@Named
@ViewScoped
public class MonthlyImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private transient MonthlyImportFacade imports;

    @Inject
    private transient UnitFacade units;

    private boolean allowed;
    private Long unitId;
    private int year;
    private int month;
    private String reason;
    private List<UnitView> unitOptions = List.of();
    private MonthlyImportReport report;

    @PostConstruct
    void init() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        allowed = external.isUserInRole("ADMIN") || external.isUserInRole("HR_OFFICER")
                || external.isUserInRole("EVALUATOR");
        YearMonth previous = YearMonth.now().minusMonths(1);
        year = previous.getYear();
        month = previous.getMonthValue();
        periodChanged();
    }

    /** Year or month changed: the units valid on the month's last day; the last result is forgotten. */
    public void periodChanged() {
        unitOptions = units.unitsAsOf(YearMonth.of(year, month).atEndOfMonth());
        if (unitId != null && unitOptions.stream().noneMatch(u -> u.id() == unitId)) {
            unitId = null;
        }
        report = null;
    }

    public void unitChanged() {
        report = null;
    }

    /** A file was chosen: import it for the chosen unit and month (all or nothing). */
    public void upload(FileUploadEvent event) {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!allowed) {
            message(faces, FacesMessage.SEVERITY_ERROR, Texts.get(faces, "common_error.message.forbidden"));
            return;
        }
        if (unitId == null) {
            message(faces, FacesMessage.SEVERITY_WARN, Texts.get(faces, "evaluation_monthlyImport.message.chooseUnit"));
            return;
        }
        UploadedFile file = event.getFile();
        report = imports.importFile(unitId, year, month, file.getFileName(), file.getContent(),
                faces.getExternalContext().getRemoteUser(), reason);
        if (report.saved()) {
            message(faces, FacesMessage.SEVERITY_INFO, MessageFormat.format(
                    Texts.get(faces, "evaluation_monthlyImport.message.saved"), report.fileName(), report.savedCount(),
                    report.unchangedCount(), report.rowsSkipped()));
            for (MonthlyFinding warning : report.warnings()) {
                message(faces, FacesMessage.SEVERITY_WARN, warning.message());
            }
            reason = null;
        } else {
            message(faces, FacesMessage.SEVERITY_ERROR, MessageFormat.format(
                    Texts.get(faces, "evaluation_monthlyImport.message.refused"), report.fileName(),
                    report.errors().size()));
        }
    }

    public StreamedContent getTemplate() {
        if (unitId == null) {
            return null;
        }
        long unit = unitId;
        int y = year;
        int m = month;
        return DefaultStreamedContent.builder().name("xep-loai-thang-" + m + "-" + y + ".xlsx").contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(imports.template(unit, y, m))).build();
    }

    private static void message(FacesContext faces, FacesMessage.Severity severity, String text) {
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }

    public List<Integer> getYears() {
        int now = LocalDate.now().getYear();
        return IntStream.rangeClosed(now - 5, now + 1).boxed().toList();
    }

    public List<Integer> getMonths() { return IntStream.rangeClosed(1, 12).boxed().toList(); }
    public long getMaxFileBytes() { return MonthlyImportFacade.MAX_FILE_BYTES; }
    public boolean isAllowed() { return allowed; }
    public List<UnitView> getUnitOptions() { return unitOptions; }
    public Long getUnitId() { return unitId; }
    public void setUnitId(Long unitId) { this.unitId = unitId; }
    public int getYear() { return year; }
    public void setYear(int year) { this.year = year; }
    public int getMonth() { return month; }
    public void setMonth(int month) { this.month = month; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
    public MonthlyImportReport getReport() { return report; }
}
