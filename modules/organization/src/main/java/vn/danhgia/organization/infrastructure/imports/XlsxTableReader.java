package vn.danhgia.organization.infrastructure.imports;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Reads the first sheet (other than the template's "Hướng dẫn") of an .xlsx workbook with Apache POI's streaming (SAX) reader: memory
 * stays small even for 20,000 rows, and every formula cell is seen as such (its {@code <f>}
 * element), so the import can refuse it instead of trusting a cached value. Real date cells
 * become dates; numbers are formatted as Excel displays them (a staff code 1234 reads "1234").
 */
public final class XlsxTableReader {

    /** Folded name of the template's instruction sheet, which is never data. */
    private static final String HELP_SHEET = HeaderMatcher.key(PersonImportTemplate.HELP_SHEET);

    private XlsxTableReader() {
    }

    /**
     * @param keepLimit how many non-blank rows to keep; later rows are only counted
     * @throws FileRefusedException when the file is not a readable workbook
     */
    public static RawTable read(byte[] content, int keepLimit) {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(content))) {
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
            StylesTable styles = reader.getStylesTable();
            boolean date1904 = isDate1904(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    if (HELP_SHEET.equals(HeaderMatcher.key(sheets.getSheetName()))) {
                        continue; // the template's instructions, wherever the user moved them
                    }
                    SheetHandler handler = new SheetHandler(strings, styles, date1904, keepLimit);
                    XMLReader xml = XMLHelper.newXMLReader();
                    xml.setContentHandler(handler);
                    xml.parse(new InputSource(sheet));
                    return new RawTable("xlsx", handler.records, handler.recordCount);
                }
            }
            return new RawTable("xlsx", List.of(), 0);
        } catch (FileRefusedException e) {
            throw e;
        } catch (Exception | LinkageError e) {
            throw new FileRefusedException(ImportMessages.unreadableXlsx());
        }
    }

    private static boolean isDate1904(XSSFReader reader) throws IOException {
        try (InputStream workbook = reader.getWorkbookData()) {
            String xml = new String(workbook.readAllBytes(), StandardCharsets.UTF_8);
            return xml.contains("date1904=\"1\"") || xml.contains("date1904=\"true\"");
        } catch (Exception e) {
            return false;
        }
    }

    /** Collects the cells of the sheet's non-blank rows. */
    private static final class SheetHandler extends DefaultHandler {

        private final ReadOnlySharedStringsTable strings;
        private final StylesTable styles;
        private final boolean date1904;
        private final int keepLimit;
        private final DataFormatter formatter = new DataFormatter(java.util.Locale.US);

        final List<RawRecord> records = new ArrayList<>();
        int recordCount;

        private int rowNumber;
        private int nextRowNumber = 1;
        private int nextColumn;
        private List<CellValue> cells;

        private String cellRef;
        private String cellType;
        private String cellStyle;
        private String formula;
        private final StringBuilder formulaText = new StringBuilder();
        private final StringBuilder value = new StringBuilder();
        private final StringBuilder inlineText = new StringBuilder();
        private boolean inFormula;
        private boolean inValue;
        private boolean inInline;
        private boolean inInlineText;

        SheetHandler(ReadOnlySharedStringsTable strings, StylesTable styles, boolean date1904, int keepLimit) {
            this.strings = strings;
            this.styles = styles;
            this.date1904 = date1904;
            this.keepLimit = keepLimit;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            switch (name(localName, qName)) {
                case "row" -> {
                    String r = attributes.getValue("r");
                    rowNumber = r == null ? nextRowNumber : Integer.parseInt(r);
                    nextColumn = 0;
                    cells = new ArrayList<>();
                }
                case "c" -> {
                    cellRef = attributes.getValue("r");
                    cellType = attributes.getValue("t");
                    cellStyle = attributes.getValue("s");
                    formula = null;
                    value.setLength(0);
                    inlineText.setLength(0);
                }
                case "f" -> {
                    inFormula = true;
                    formulaText.setLength(0);
                }
                case "v" -> inValue = true;
                case "is" -> inInline = true;
                case "t" -> inInlineText = inInline;
                default -> {
                    // other elements carry nothing the import reads
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inFormula) {
                formulaText.append(ch, start, length);
            } else if (inValue) {
                value.append(ch, start, length);
            } else if (inInlineText) {
                inlineText.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            switch (name(localName, qName)) {
                case "f" -> {
                    inFormula = false;
                    formula = formulaText.toString();
                }
                case "v" -> inValue = false;
                case "t" -> inInlineText = false;
                case "is" -> inInline = false;
                case "c" -> endCell();
                case "row" -> endRow();
                default -> {
                    // nothing to do
                }
            }
        }

        private void endCell() {
            int column = cellRef == null ? nextColumn : CellValue.columnIndex(cellRef);
            if (column < 0) {
                column = nextColumn;
            }
            nextColumn = column + 1;
            String ref = CellValue.columnLetters(column) + rowNumber;
            CellValue cell = cell(ref);
            if (cell == null) {
                return;
            }
            while (cells.size() <= column) {
                cells.add(null);
            }
            cells.set(column, cell);
        }

        private CellValue cell(String ref) {
            String type = cellType == null ? "n" : cellType;
            String raw = value.toString();
            String text = null;
            LocalDate date = null;
            switch (type) {
                case "s" -> text = raw.isEmpty() ? null : strings.getItemAt(Integer.parseInt(raw.trim())).getString();
                case "inlineStr" -> text = inlineText.toString();
                case "str", "e" -> text = raw;
                case "b" -> text = raw.isEmpty() ? null : ("1".equals(raw.trim()) ? "TRUE" : "FALSE");
                case "d" -> {
                    if (raw.length() >= 10) {
                        date = LocalDate.parse(raw.substring(0, 10));
                        text = ImportMessages.date(date);
                    }
                }
                default -> {
                    if (!raw.isBlank()) {
                        double number = Double.parseDouble(raw.trim());
                        int formatIndex = 0;
                        String formatString = "General";
                        if (cellStyle != null && styles != null) {
                            XSSFCellStyle style = styles.getStyleAt(Integer.parseInt(cellStyle));
                            if (style != null) {
                                formatIndex = style.getDataFormat();
                                formatString = style.getDataFormatString();
                                if (formatString == null) {
                                    formatString = "General";
                                }
                            }
                        }
                        if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(number)) {
                            date = DateUtil.getLocalDateTime(number, date1904).toLocalDate();
                            text = ImportMessages.date(date);
                        } else {
                            text = formatter.formatRawCellContents(number, formatIndex, formatString);
                        }
                    }
                }
            }
            if (formula != null) {
                return new CellValue(ref, text == null ? "" : text, date, formula);
            }
            if (date == null && (text == null || text.isEmpty())) {
                return null;
            }
            return new CellValue(ref, text, date, null);
        }

        private void endRow() {
            nextRowNumber = rowNumber + 1;
            RawRecord record = new RawRecord(rowNumber, cells);
            if (!record.isBlank()) {
                recordCount++;
                if (records.size() < keepLimit) {
                    records.add(record);
                }
            }
            cells = null;
        }

        private static String name(String localName, String qName) {
            String name = localName == null || localName.isEmpty() ? qName : localName;
            int colon = name.indexOf(':');
            return colon < 0 ? name : name.substring(colon + 1);
        }
    }
}
