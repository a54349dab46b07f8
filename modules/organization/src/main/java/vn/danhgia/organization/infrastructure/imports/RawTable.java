package vn.danhgia.organization.infrastructure.imports;

import java.util.List;

/**
 * The non-blank rows of a file's first sheet, before any interpretation.
 *
 * @param format      {@code xlsx} or {@code csv}
 * @param records     the non-blank rows in file order (reading stops keeping rows past the row limit)
 * @param recordCount how many non-blank rows the file has, including those not kept
 */
public record RawTable(String format, List<RawRecord> records, int recordCount) {
}
