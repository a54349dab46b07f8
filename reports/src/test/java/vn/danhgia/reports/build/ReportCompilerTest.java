package vn.danhgia.reports.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCompilerTest {

    private static final String TEMPLATE = """
            <jasperReport name="Tiny" language="java" pageWidth="595" pageHeight="842" columnWidth="555"
                    leftMargin="20" rightMargin="20" topMargin="20" bottomMargin="20">
            \t<field name="name" class="java.lang.String"/>
            \t<detail><band height="20">
            \t\t<element kind="textField" x="0" y="0" width="100" height="20"><expression><![CDATA[%s]]></expression></element>
            \t</band></detail>
            </jasperReport>
            """;

    @Test
    void compilesEachTemplateToItsModuleFolder(@TempDir Path temp) throws IOException {
        Path source = temp.resolve("src");
        Files.createDirectories(source.resolve("demo"));
        Files.writeString(source.resolve("demo/Tiny.jrxml"), TEMPLATE.formatted("$F{name}"));
        Files.createDirectories(temp.resolve("out/demo"));
        Files.writeString(temp.resolve("out/demo/Removed.jasper"), "from a template that no longer exists");

        List<String> compiled = ReportCompiler.compileAll(source, temp.resolve("out"));

        assertEquals(List.of("demo/Tiny"), compiled);
        assertTrue(Files.size(temp.resolve("out/demo/Tiny.jasper")) > 0);
        assertFalse(Files.exists(temp.resolve("out/demo/Removed.jasper")));
    }

    @Test
    void aBrokenTemplateFailsNamingTheFile(@TempDir Path temp) throws IOException {
        Path source = temp.resolve("src");
        Files.createDirectories(source.resolve("demo"));
        Files.writeString(source.resolve("demo/Good.jrxml"), TEMPLATE.formatted("$F{name}"));
        Files.writeString(source.resolve("demo/BadExpression.jrxml"), TEMPLATE.formatted("$F{name}.noSuchMethod()"));
        Files.writeString(source.resolve("demo/BadXml.jrxml"),
                TEMPLATE.formatted("$F{name}").replace("<band height=\"20\">", "<band height=\"20\" colour=\"red\">"));

        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> ReportCompiler.compileAll(source, temp.resolve("out")));

        assertTrue(e.getMessage().startsWith("2 report template(s) failed to compile"), e.getMessage());
        assertTrue(e.getMessage().contains("demo/BadExpression.jrxml"), e.getMessage());
        assertTrue(e.getMessage().contains("demo/BadXml.jrxml"), e.getMessage());
        assertFalse(Files.exists(temp.resolve("out/demo/BadExpression.jasper")));
    }
}
