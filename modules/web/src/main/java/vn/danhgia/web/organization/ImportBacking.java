package vn.danhgia.web.organization;

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
import java.util.List;
import java.util.MissingResourceException;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import org.primefaces.model.file.UploadedFile;
import vn.danhgia.organization.api.imports.ImportError;
import vn.danhgia.organization.api.imports.ImportReport;
import vn.danhgia.organization.api.imports.ImportSettings;
import vn.danhgia.organization.api.imports.ImportStatus;
import vn.danhgia.organization.api.imports.PersonImportFacade;
import vn.danhgia.organization.api.imports.PersonImportPreview;
import vn.danhgia.organization.api.imports.UnitImportFacade;
import vn.danhgia.web.i18n.Texts;

/**
 * Backs {@code /organization/import.xhtml}: choose what the file holds (people or units), upload it, see the first rows and the full
 * check (nothing is written), confirm, then see the counts or the error table. Only
 * administrators and HR officers may import.
 */
@Named
@ViewScoped
public class ImportBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Inject
    private transient PersonImportFacade imports;

    @Inject
    private transient UnitImportFacade unitImports;

    /** What the file holds: {@link #PEOPLE} (the default) or {@link #UNITS}. */
    public static final String PEOPLE = "PEOPLE";
    public static final String UNITS = "UNITS";
    private String mode = PEOPLE;
    private UnitImportFacade.UnitImportPreview unitPreview;

    private boolean allowed;
    private long maxFileBytes;
    private String maxFileSize;
    private int maxRows;

    private String fileName;
    private byte[] content;
    private PersonImportPreview preview;
    private ImportReport result;
    /** The problems on show: those of the import when confirmed, otherwise those of the preview. */
    private List<ImportError> errors = List.of();
    private int errorCount;
    private boolean pending;

    @PostConstruct
    void init() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        allowed = external.isUserInRole("ADMIN") || external.isUserInRole("HR_OFFICER");
        ImportSettings settings = imports.settings();
        maxFileBytes = settings.maxFileBytes();
        maxFileSize = settings.maxFileSizeText();
        maxRows = settings.maxRows();
    }

    /** A file was chosen: keep it and show what importing it would do. */
    public void upload(FileUploadEvent event) {
        if (!requireAllowed()) {
            return;
        }
        UploadedFile file = event.getFile();
        fileName = file.getFileName();
        content = file.getContent();
        result = null;
        ImportReport check;
        if (isUnitsMode()) {
            preview = null;
            unitPreview = unitImports.previewUnits(fileName, content);
            check = unitPreview.check();
        } else {
            unitPreview = null;
            preview = imports.previewPeople(fileName, content);
            check = preview.check();
        }
        errors = check.errors();
        errorCount = check.errorCount();
        pending = true;
    }

    /** The user confirmed: import the file (all or nothing) and show the result. */
    public void confirm() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (!requireAllowed()) {
            return;
        }
        if (!pending || content == null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN,
                    text(faces, "organization_import.message.noFile"), null));
            return;
        }
        String by = faces.getExternalContext().getRemoteUser();
        result = isUnitsMode() ? unitImports.importUnits(fileName, content, by) : imports.importPeople(fileName, content, by);
        errors = result.errors();
        errorCount = result.errorCount();
        content = null;
        pending = false;
        if (result.status() == ImportStatus.ACCEPTED) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text(faces,
                    "organization_import.message.accepted", result.fileName(), result.rowsCreated(),
                    result.rowsUpdated(), result.rowsUnchanged()), null));
        } else {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(faces,
                    "organization_import.message.refused", result.fileName(), result.errorCount()), null));
        }
    }

    /** Forget the file and the result: choose another file. */
    public void reset() {
        fileName = null;
        content = null;
        preview = null;
        unitPreview = null;
        result = null;
        errors = List.of();
        errorCount = 0;
        pending = false;
    }

    /** The kind of file changed: forget the chosen file, its preview and result. */
    public void modeChanged() {
        reset();
    }

    public StreamedContent getTemplateXlsx() {
        boolean units = isUnitsMode();
        return DefaultStreamedContent.builder()
                .name(units ? "mau-nhap-don-vi.xlsx" : "mau-nhap-can-bo.xlsx")
                .contentType(XLSX)
                .stream(() -> new ByteArrayInputStream(units ? unitImports.unitTemplate("xlsx") : imports.template("xlsx")))
                .build();
    }

    public StreamedContent getTemplateCsv() {
        boolean units = isUnitsMode();
        return DefaultStreamedContent.builder()
                .name(units ? "mau-nhap-don-vi.csv" : "mau-nhap-can-bo.csv")
                .contentType("text/csv; charset=UTF-8")
                .stream(() -> new ByteArrayInputStream(units ? unitImports.unitTemplate("csv") : imports.template("csv")))
                .build();
    }

    private boolean requireAllowed() {
        if (!allowed) {
            FacesContext faces = FacesContext.getCurrentInstance();
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    text(faces, "organization_import.message.forbidden"), null));
        }
        return allowed;
    }

    private static String text(FacesContext faces, String key, Object... args) {
        String pattern;
        try {
            pattern = Texts.get(faces, key);
        } catch (MissingResourceException e) {
            pattern = key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, faces.getViewRoot().getLocale()).format(args);
    }

    public boolean isAllowed() { return allowed; }
    public long getMaxFileBytes() { return maxFileBytes; }
    public String getMaxFileSize() { return maxFileSize; }
    public int getMaxRows() { return maxRows; }
    public String getFileName() { return fileName; }
    public PersonImportPreview getPreview() { return preview; }
    public UnitImportFacade.UnitImportPreview getUnitPreview() { return unitPreview; }
    /** The check of the file on show (people or units), or {@code null} when none was uploaded. */
    public ImportReport getCheck() {
        return unitPreview != null ? unitPreview.check() : preview != null ? preview.check() : null;
    }
    public String getMode() { return mode; }
    public void setMode(String mode) { this.mode = UNITS.equals(mode) ? UNITS : PEOPLE; }
    public boolean isUnitsMode() { return UNITS.equals(mode); }
    public ImportReport getResult() { return result; }
    public List<ImportError> getErrors() { return errors; }
    public int getErrorCount() { return errorCount; }
    public boolean isPending() { return pending; }
}
