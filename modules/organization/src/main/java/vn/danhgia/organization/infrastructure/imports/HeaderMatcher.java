package vn.danhgia.organization.infrastructure.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.danhgia.organization.api.imports.ImportError;
import vn.danhgia.platform.i18n.VietnameseText;

/**
 * Finds the header row and the position of each known column. Headers are compared
 * case-, diacritics- and punctuation-insensitively ("MA CAN BO", "Mã cán bộ (*)" and
 * "ma_can_bo" all name the staff code), in any order; unknown columns (e.g. "STT") are
 * ignored. Title rows above the header are skipped.
 */
public final class HeaderMatcher {

    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");

    private HeaderMatcher() {
    }

    /**
     * The header row and column positions.
     *
     * @param recordIndex index of the header row in {@link RawTable#records()}
     * @param rowNumber   its row number in the file
     * @param columns     zero-based column index of each column present
     */
    public record Match<C extends Enum<C>>(int recordIndex, int rowNumber, Map<C, Integer> columns) {

        public boolean has(C column) {
            return columns.containsKey(column);
        }
    }

    /** Folded comparison key of a header: "Mã ngạch/hạng (*)" → "ma ngach hang". */
    public static String key(String header) {
        if (header == null) {
            return "";
        }
        String folded = VietnameseText.fold(PARENTHESES.matcher(header).replaceAll(" "));
        return NON_ALNUM.matcher(folded).replaceAll(" ").trim();
    }

    /** @throws FileRefusedException when no header row is found, a required column is missing or a column repeats */
    public static <C extends Enum<C> & ImportColumn> Match<C> match(RawTable table, Class<C> type, int searchRows) {
        Map<String, C> byKey = new HashMap<>();
        List<String> requiredHeaders = new ArrayList<>();
        for (C column : type.getEnumConstants()) {
            byKey.put(key(column.header()), column);
            for (String alias : column.aliases()) {
                byKey.putIfAbsent(key(alias), column);
            }
            if (column.required()) {
                requiredHeaders.add(column.header());
            }
        }
        int candidates = Math.min(searchRows, table.records().size());
        int partialRow = -1;
        List<String> partialMissing = null;
        for (int i = 0; i < candidates; i++) {
            RawRecord record = table.records().get(i);
            Map<C, Integer> found = new EnumMap<>(type);
            List<ImportError> duplicates = new ArrayList<>();
            for (int col = 0; col < record.cells().size(); col++) {
                CellValue cell = record.cell(col);
                if (cell == null || cell.isBlank()) {
                    continue;
                }
                C column = byKey.get(key(cell.display()));
                if (column == null) {
                    continue;
                }
                Integer first = found.putIfAbsent(column, col);
                if (first != null) {
                    duplicates.add(new ImportError(record.rowNumber(), column.header(), cell.display(),
                            ImportMessages.duplicateColumn(column.header(),
                                    CellValue.columnLetters(first) + record.rowNumber(), cell.ref())));
                }
            }
            List<String> missing = new ArrayList<>();
            for (C column : type.getEnumConstants()) {
                if (column.required() && !found.containsKey(column)) {
                    missing.add(column.header());
                }
            }
            if (missing.isEmpty()) {
                if (!duplicates.isEmpty()) {
                    throw new FileRefusedException(duplicates);
                }
                return new Match<>(i, record.rowNumber(), found);
            }
            if (found.size() >= 2 && partialRow < 0) {
                partialRow = record.rowNumber();
                partialMissing = missing;
            }
        }
        if (partialRow > 0) {
            throw new FileRefusedException(List.of(new ImportError(partialRow, null, null,
                    ImportMessages.missingColumns(partialRow, partialMissing))));
        }
        throw new FileRefusedException(ImportMessages.noHeader(searchRows, requiredHeaders));
    }
}
