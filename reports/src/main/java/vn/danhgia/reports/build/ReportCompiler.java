package vn.danhgia.reports.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;

/**
 * Build-time compiler of the report templates (there is no JasperReports 7 Maven plugin).
 * <p>
 * Run by {@code exec-maven-plugin} in the {@code process-classes} phase (see {@code reports/pom.xml}):
 * every {@code <source>/<module>/<Report>.jrxml} is compiled into
 * {@code <target>/<module>/<Report>.jasper}, where {@code <target>} is
 * {@code target/classes/vn/danhgia/reports/compiled}, so that {@code ReportRenderer} finds it on the
 * classpath as {@code "<module>/<Report>"}. Compiled reports already in {@code <target>} are deleted first.
 * Every template is tried; if any fails, this throws and the build fails, listing each failing template
 * with Jasper's message.
 */
public final class ReportCompiler {

    private ReportCompiler() {
    }

    /**
     * @param args {@code <source directory of .jrxml files> <target directory of .jasper files>}
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: ReportCompiler <jrxml source dir> <jasper target dir>");
        }
        System.setProperty("java.awt.headless", "true");
        Path sourceDir = Paths.get(args[0]).toAbsolutePath().normalize();
        Path targetDir = Paths.get(args[1]).toAbsolutePath().normalize();
        List<String> compiled = compileAll(sourceDir, targetDir);
        System.out.println("[ReportCompiler] compiled " + compiled.size() + " report(s) into " + targetDir
                + (compiled.isEmpty() ? "" : ": " + String.join(", ", compiled)));
    }

    /**
     * Compiles all templates below {@code sourceDir}.
     *
     * @return the report names compiled, e.g. {@code organization/UnitList}
     * @throws IllegalStateException if at least one template fails to compile
     */
    public static List<String> compileAll(Path sourceDir, Path targetDir) throws IOException {
        if (!Files.isDirectory(sourceDir)) {
            return List.of();
        }
        List<Path> templates;
        try (Stream<Path> files = Files.walk(sourceDir)) {
            templates = files.filter(p -> p.getFileName().toString().endsWith(".jrxml")).sorted().toList();
        }
        deleteCompiledReports(targetDir); // none left over from a template since renamed or removed
        List<String> compiled = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        for (Path template : templates) {
            String relative = sourceDir.relativize(template).toString().replace('\\', '/');
            String reportName = relative.substring(0, relative.length() - ".jrxml".length());
            Path output = targetDir.resolve(reportName + ".jasper");
            try {
                Files.createDirectories(output.getParent());
                JasperCompileManager.compileReportToFile(template.toString(), output.toString());
                compiled.add(reportName);
            } catch (JRException | RuntimeException e) {
                Files.deleteIfExists(output);
                failures.add(relative + ": " + describe(e));
            }
        }
        if (!failures.isEmpty()) {
            throw new IllegalStateException(failures.size() + " report template(s) failed to compile:\n  "
                    + String.join("\n  ", failures));
        }
        return compiled;
    }

    private static void deleteCompiledReports(Path targetDir) throws IOException {
        if (!Files.isDirectory(targetDir)) {
            return;
        }
        List<Path> stale;
        try (Stream<Path> files = Files.walk(targetDir)) {
            stale = files.filter(p -> p.getFileName().toString().endsWith(".jasper")).toList();
        }
        for (Path file : stale) {
            Files.delete(file);
        }
    }

    private static String describe(Throwable e) {
        StringBuilder message = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            message.append("\n    caused by ").append(cause);
        }
        return message.toString();
    }
}
