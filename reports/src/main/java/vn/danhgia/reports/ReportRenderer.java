package vn.danhgia.reports;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JRField;
import net.sf.jasperreports.engine.JRParameter;
import net.sf.jasperreports.engine.JasperExportManager;
import net.sf.jasperreports.engine.JasperFillManager;
import net.sf.jasperreports.engine.JasperPrint;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.data.JRBeanCollectionDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;
import net.sf.jasperreports.engine.util.JRLoader;

/**
 * The one report renderer: fills a report compiled at build time and exports it to PDF.
 * <p>
 * A report name is the template path below {@code reports/src/main/jasperreports} without
 * {@code .jrxml}, e.g. {@code "organization/UnitList"}; the compiled report is read from the
 * classpath ({@code vn/danhgia/reports/compiled/<name>.jasper}, through this class's class loader)
 * once, then cached. Rows may be Java records (field {@code $F{x}} reads component {@code x()}),
 * JavaBeans or {@code Map}s. Strings are normalised to NFC. {@code REPORT_LOCALE} defaults to
 * {@code vi_VN} and {@code REPORT_TIME_ZONE} to {@code Asia/Ho_Chi_Minh}.
 * <p>
 * Thread-safe; one instance may be shared (e.g. produced by a CDI producer in the caller's module).
 */
public class ReportRenderer {

    /** Locale of every report unless the caller passes {@code REPORT_LOCALE}. */
    public static final Locale VIETNAMESE = Locale.forLanguageTag("vi-VN");

    /** Time zone of every report unless the caller passes {@code REPORT_TIME_ZONE}. */
    public static final TimeZone VIETNAM_TIME_ZONE = TimeZone.getTimeZone("Asia/Ho_Chi_Minh");

    static final String COMPILED_ROOT = "vn/danhgia/reports/compiled/";

    private static final Pattern REPORT_NAME = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

    private final ConcurrentHashMap<String, JasperReport> compiled = new ConcurrentHashMap<>();

    public ReportRenderer() {
    }

    /**
     * Fills the report with {@code parameters} and {@code rows} and returns the PDF.
     *
     * @param reportName e.g. {@code "organization/UnitList"}
     * @param parameters report parameters by name (not modified); may be empty
     * @param rows       detail rows: records, JavaBeans or maps; may be empty
     * @throws ReportException if the report does not exist or cannot be filled or exported
     */
    public byte[] renderPdf(String reportName, Map<String, Object> parameters, Collection<?> rows) {
        JasperReport report = load(reportName);
        Map<String, Object> fillParameters = new HashMap<>();
        if (parameters != null) {
            parameters.forEach((name, value) -> fillParameters.put(name, TextValues.nfc(value)));
        }
        fillParameters.putIfAbsent(JRParameter.REPORT_LOCALE, VIETNAMESE);
        fillParameters.putIfAbsent(JRParameter.REPORT_TIME_ZONE, VIETNAM_TIME_ZONE);
        try {
            JasperPrint print = JasperFillManager.fillReport(report, fillParameters,
                    dataSource(rows == null ? List.of() : rows));
            return JasperExportManager.exportReportToPdf(print);
        } catch (JRException | RuntimeException e) {
            throw new ReportException("Cannot render report '" + reportName + "' to PDF: " + e.getMessage(), e);
        }
    }

    /**
     * The compiled report, loaded from the classpath on first use.
     *
     * @throws ReportException if there is no such compiled report or it cannot be read
     */
    public JasperReport load(String reportName) {
        Objects.requireNonNull(reportName, "reportName");
        if (!REPORT_NAME.matcher(reportName).matches()) {
            throw new ReportException("Invalid report name '" + reportName
                    + "': expected <module>/<Report>, e.g. organization/UnitList");
        }
        return compiled.computeIfAbsent(reportName, ReportRenderer::readCompiled);
    }

    private static JasperReport readCompiled(String reportName) {
        String resource = COMPILED_ROOT + reportName + ".jasper";
        ClassLoader loader = ReportRenderer.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(resource)) {
            if (in == null) {
                throw new ReportException("No compiled report '" + reportName + "' (classpath resource " + resource
                        + "); is there a reports/src/main/jasperreports/" + reportName + ".jrxml?");
            }
            Object loaded = JRLoader.loadObject(in);
            if (!(loaded instanceof JasperReport jasperReport)) {
                throw new ReportException("Classpath resource " + resource + " is not a compiled report but "
                        + (loaded == null ? "null" : loaded.getClass().getName()));
            }
            return jasperReport;
        } catch (JRException | IOException e) {
            throw new ReportException("Cannot load compiled report '" + reportName + "' from " + resource + ": "
                    + e.getMessage(), e);
        }
    }

    @SuppressWarnings("unchecked")
    private static JRDataSource dataSource(Collection<?> rows) {
        if (RecordDataSource.canRead(rows)) {
            return new RecordDataSource(rows);
        }
        if (rows.stream().allMatch(Map.class::isInstance)) {
            return new Nfc(new JRMapCollectionDataSource((Collection<Map<String, ?>>) rows));
        }
        return new Nfc(new JRBeanCollectionDataSource(rows));
    }

    /** Normalises the string values of another data source to NFC. */
    private record Nfc(JRDataSource delegate) implements JRDataSource {
        @Override
        public boolean next() throws JRException {
            return delegate.next();
        }

        @Override
        public Object getFieldValue(JRField field) throws JRException {
            return TextValues.nfc(delegate.getFieldValue(field));
        }
    }
}
