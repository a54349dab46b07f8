package vn.danhgia.reports.evaluation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import vn.danhgia.reports.testing.PdfChecks;

/** Assertions the evaluation report tests share. */
final class ReportAssertions {

    private ReportAssertions() {
    }

    static void assertContains(String haystack, String needle) {
        assertTrue(Normalizer.isNormalized(needle, Normalizer.Form.NFC), "test strings are NFC");
        assertTrue(haystack.contains(needle), () -> "PDF text does not contain \"" + needle + "\":\n" + haystack);
    }

    /** Decree 30 header: governing and issuing agency in capitals, national name and motto. */
    static void assertOfficialHeader(String page, String parentAgency, String agency) {
        assertContains(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        assertContains(page, "Độc lập - Tự do - Hạnh phúc");
        assertContains(page, parentAgency);
        assertContains(page, agency);
    }

    /** Every font embedded as TrueType, Liberation Serif (the "Times New Roman" alias), none a standard-14 font. */
    static void assertEmbeddedLiberationSerif(byte[] pdf) {
        assertEquals(List.of(), PdfChecks.fontProblems(pdf));
        assertFalse(PdfChecks.fonts(pdf).isEmpty());
        for (String font : PdfChecks.fontNames(pdf)) {
            assertTrue(font.startsWith("LiberationSerif"), "unexpected font " + font);
        }
    }

    /** Keeps the PDF for looking at: pdftoppm -png -r 60 reports/target/sample-X.pdf reports/target/sample-X */
    static void writeSample(String report, byte[] pdf) {
        Path sample = Path.of(System.getProperty("reports.sample.dir", "target"), "sample-" + report + ".pdf");
        try {
            Files.createDirectories(sample.getParent());
            Files.write(sample, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
