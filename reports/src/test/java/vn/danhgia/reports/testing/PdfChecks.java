package vn.danhgia.reports.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * PDF checks for report tests (PDFBox 3): extracted text, page count, and the fonts used —
 * every font must be embedded as a TrueType program (FontFile2) and none may be one of the
 * standard 14 fonts (Helvetica, Times-Roman, ...), which have no Vietnamese letters.
 */
public final class PdfChecks {

    private PdfChecks() {
    }

    /** The text of all pages, in reading order; not normalised, so tests see exactly what a PDF reader extracts. */
    public static String text(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text of one page (1-based). */
    public static String text(byte[] pdf, int page) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setSortByPosition(true);
            stripper.setStartPage(page);
            stripper.setEndPage(page);
            return stripper.getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static int pageCount(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A font used on some page. */
    public record FontUse(int page, String name, boolean embedded, boolean trueTypeProgram, boolean standard14) {
    }

    /** Every font in the resources of every page (and of the forms they draw), page by page. */
    public static List<FontUse> fonts(byte[] pdf) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            List<FontUse> uses = new ArrayList<>();
            int pageNumber = 0;
            for (PDPage page : document.getPages()) {
                pageNumber++;
                collectFonts(pageNumber, page.getResources(), uses, new HashSet<>());
            }
            return uses;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The problems with the fonts: not embedded, no TrueType program, a standard-14 font; empty if none. */
    public static List<String> fontProblems(byte[] pdf) {
        List<String> problems = new ArrayList<>();
        for (FontUse font : fonts(pdf)) {
            if (!font.embedded() || !font.trueTypeProgram()) {
                problems.add("page " + font.page() + ": font " + font.name() + " is not embedded as TrueType (FontFile2)");
            }
            if (font.standard14() || font.name().contains("Helvetica")) {
                problems.add("page " + font.page() + ": font " + font.name() + " is a standard-14 fallback");
            }
        }
        return problems;
    }

    /** The distinct font names without the subset prefix, e.g. {@code LiberationSerif-Bold}. */
    public static Set<String> fontNames(byte[] pdf) {
        Set<String> names = new LinkedHashSet<>();
        for (FontUse font : fonts(pdf)) {
            String name = font.name();
            names.add(name.length() > 7 && name.charAt(6) == '+' ? name.substring(7) : name);
        }
        return names;
    }

    private static void collectFonts(int page, PDResources resources, List<FontUse> uses, Set<PDResources> seen)
            throws IOException {
        if (resources == null || !seen.add(resources)) {
            return;
        }
        for (COSName fontName : resources.getFontNames()) {
            PDFont font = resources.getFont(fontName);
            uses.add(new FontUse(page, String.valueOf(font.getName()), font.isEmbedded(), hasTrueTypeProgram(font),
                    font.getName() != null && Standard14Fonts.containsName(font.getName())));
        }
        for (COSName xObjectName : resources.getXObjectNames()) {
            PDXObject xObject = resources.getXObject(xObjectName);
            if (xObject instanceof PDFormXObject form) {
                collectFonts(page, form.getResources(), uses, seen);
            }
        }
    }

    private static boolean hasTrueTypeProgram(PDFont font) {
        PDFontDescriptor descriptor = font.getFontDescriptor();
        if (font instanceof PDType0Font type0) {
            PDCIDFont descendant = type0.getDescendantFont();
            descriptor = descendant == null ? null : descendant.getFontDescriptor();
        }
        return descriptor != null && descriptor.getFontFile2() != null;
    }
}
