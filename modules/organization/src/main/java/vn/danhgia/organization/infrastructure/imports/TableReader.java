package vn.danhgia.organization.infrastructure.imports;

import java.util.Locale;
import vn.danhgia.organization.api.imports.ImportSettings;

/**
 * Opens an uploaded file as a table: checks its size, recognises its type from the name and
 * the first bytes (a ZIP container for .xlsx, text for .csv; an OLE2 container is an old .xls
 * or a password-protected workbook) and hands it to the matching reader.
 */
public final class TableReader {

    private static final byte[] ZIP = {0x50, 0x4B, 0x03, 0x04};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    private TableReader() {
    }

    /** @throws FileRefusedException when the file is empty, too large, of an unknown type or unreadable */
    public static RawTable read(String fileName, byte[] content, ImportSettings settings) {
        if (content == null || content.length == 0) {
            throw new FileRefusedException(ImportMessages.fileEmpty());
        }
        if (content.length > settings.maxFileBytes()) {
            throw new FileRefusedException(ImportMessages.fileTooLarge(content.length, settings));
        }
        int keepLimit = settings.maxRows() + settings.headerSearchRows() + 1;
        String extension = extension(fileName);
        if (startsWith(content, OLE2)) {
            throw new FileRefusedException(ImportMessages.oldExcelOrEncrypted());
        }
        switch (extension) {
            case "xlsx" -> {
                if (!startsWith(content, ZIP)) {
                    throw new FileRefusedException(ImportMessages.unreadableXlsx());
                }
                return XlsxTableReader.read(content, keepLimit);
            }
            case "csv" -> {
                if (startsWith(content, ZIP)) {
                    throw new FileRefusedException(ImportMessages.unknownFileType(fileName));
                }
                return CsvTableReader.read(content, keepLimit);
            }
            case "xls" -> throw new FileRefusedException(ImportMessages.oldExcelOrEncrypted());
            case "" -> {
                // no extension (e.g. an API client that sent no file name): recognise the content
                if (startsWith(content, ZIP)) {
                    return XlsxTableReader.read(content, keepLimit);
                }
                if (looksLikeText(content)) {
                    return CsvTableReader.read(content, keepLimit);
                }
                throw new FileRefusedException(ImportMessages.unknownFileType(fileName == null ? "" : fileName));
            }
            default -> throw new FileRefusedException(ImportMessages.unknownFileType(fileName));
        }
    }

    /** Lower-case extension without the dot, or "" when there is none. */
    static String extension(String fileName) {
        if (fileName == null) {
            return "";
        }
        String name = fileName.strip();
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    private static boolean startsWith(byte[] content, byte[] magic) {
        if (content.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (content[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }

    private static boolean looksLikeText(byte[] content) {
        int n = Math.min(content.length, 4096);
        for (int i = 0; i < n; i++) {
            int b = content[i] & 0xFF;
            if (b == 0 || (b < 0x09) || (b > 0x0D && b < 0x20 && b != 0x1B)) {
                return false;
            }
        }
        return true;
    }
}
