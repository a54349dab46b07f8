package vn.danhgia.organization.infrastructure.imports;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a CSV file (RFC 4180): UTF-8 with or without a byte order mark; the separator — comma,
 * semicolon (Excel in a Vietnamese or European locale) or tab — is taken from the header line;
 * fields may be quoted, with {@code ""} for a quote and line breaks inside quotes. Row numbers
 * are record numbers, as a spreadsheet opening the file shows them.
 */
public final class CsvTableReader {

    private static final char BOM = '\uFEFF';

    private CsvTableReader() {
    }

    /**
     * @param keepLimit how many non-blank rows to keep; later rows are only counted
     * @throws FileRefusedException when the bytes are not UTF-8 or a quote is never closed
     */
    public static RawTable read(byte[] content, int keepLimit) {
        String text = decodeUtf8(content);
        int start = !text.isEmpty() && text.charAt(0) == BOM ? 1 : 0;
        char separator = detectSeparator(text, start);

        List<RawRecord> records = new ArrayList<>();
        int recordCount = 0;
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean inQuotes = false;
        boolean quoted = false;      // the current field was quoted (text after the closing quote is kept literally)
        int rowNumber = 1;
        int quoteOpenedAt = 0;
        int n = text.length();
        for (int i = start; i < n; i++) {
            char c = text.charAt(i);
            if (inQuotes) {
                if (c == '"') {
                    if (i + 1 < n && text.charAt(i + 1) == '"') {
                        field.append('"');
                        i++;
                    } else {
                        inQuotes = false;
                    }
                } else {
                    field.append(c);
                }
            } else if (c == '"' && !quoted && field.toString().isBlank()) {
                field.setLength(0);
                inQuotes = true;
                quoted = true;
                quoteOpenedAt = rowNumber;
            } else if (c == separator) {
                fields.add(field.toString());
                field.setLength(0);
                quoted = false;
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                fields.add(field.toString());
                field.setLength(0);
                quoted = false;
                RawRecord record = record(rowNumber, fields);
                if (record != null) {
                    recordCount++;
                    if (records.size() < keepLimit) {
                        records.add(record);
                    }
                }
                fields.clear();
                rowNumber++;
            } else if (!(quoted && Character.isWhitespace(c))) {
                field.append(c);
            }
        }
        if (inQuotes) {
            throw new FileRefusedException(ImportMessages.unterminatedQuote(quoteOpenedAt));
        }
        if (field.length() > 0 || !fields.isEmpty()) {
            fields.add(field.toString());
            RawRecord record = record(rowNumber, fields);
            if (record != null) {
                recordCount++;
                if (records.size() < keepLimit) {
                    records.add(record);
                }
            }
        }
        return new RawTable("csv", records, recordCount);
    }

    private static RawRecord record(int rowNumber, List<String> fields) {
        List<CellValue> cells = new ArrayList<>(fields.size());
        boolean blank = true;
        for (int col = 0; col < fields.size(); col++) {
            String value = fields.get(col);
            if (value.isEmpty()) {
                cells.add(null);
            } else {
                CellValue cell = new CellValue(CellValue.columnLetters(col) + rowNumber, value, null, null);
                blank &= cell.isBlank();
                cells.add(cell);
            }
        }
        return blank ? null : new RawRecord(rowNumber, cells);
    }

    /** Strict UTF-8: a file saved as Windows-1258 or another code page is refused, never garbled. */
    static String decodeUtf8(byte[] content) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(content));
            return chars.toString();
        } catch (CharacterCodingException e) {
            throw new FileRefusedException(ImportMessages.csvNotUtf8());
        }
    }

    /** The separator occurring most often outside quotes in the first record; comma on a tie. */
    static char detectSeparator(String text, int start) {
        int commas = 0;
        int semicolons = 0;
        int tabs = 0;
        boolean inQuotes = false;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                inQuotes = !inQuotes;
            } else if (!inQuotes) {
                if (c == '\n' || c == '\r') {
                    if (commas + semicolons + tabs > 0) {
                        break;
                    }
                } else if (c == ',') {
                    commas++;
                } else if (c == ';') {
                    semicolons++;
                } else if (c == '\t') {
                    tabs++;
                }
            }
        }
        if (semicolons > commas && semicolons >= tabs) {
            return ';';
        }
        if (tabs > commas && tabs > semicolons) {
            return '\t';
        }
        return ',';
    }
}
