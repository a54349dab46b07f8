package vn.danhgia.systemtests.support;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;

/** Checks on generated PDFs: exact Vietnamese text (NFC) and fonts embedded. */
public final class PdfAssertions {

    private PdfAssertions() {
    }

    /** The text of the PDF, NFC-normalised, with runs of spaces collapsed. */
    public static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String raw = new PDFTextStripper().getText(document);
            return Normalizer.normalize(raw, Normalizer.Form.NFC).replaceAll("[ \\t]+", " ");
        }
    }

    public static void assertContainsAll(byte[] pdf, String... expected) throws IOException {
        String text = text(pdf);
        for (String e : expected) {
            assertTrue(text.contains(e), () -> "PDF lacks \"" + e + "\"; text was:\n" + text);
        }
    }

    /** Every font used on every page is embedded (no viewer substitution of Vietnamese letters). */
    public static void assertAllFontsEmbedded(byte[] pdf) throws IOException {
        List<String> notEmbedded = new ArrayList<>();
        int fonts = 0;
        try (PDDocument document = Loader.loadPDF(pdf)) {
            for (PDPage page : document.getPages()) {
                PDResources resources = page.getResources();
                for (COSName name : resources.getFontNames()) {
                    PDFont font = resources.getFont(name);
                    fonts++;
                    if (!font.isEmbedded()) {
                        notEmbedded.add(font.getName());
                    }
                }
            }
        }
        assertTrue(fonts > 0, "the PDF uses no font at all");
        assertFalse(!notEmbedded.isEmpty(), "fonts not embedded: " + notEmbedded);
    }
}
