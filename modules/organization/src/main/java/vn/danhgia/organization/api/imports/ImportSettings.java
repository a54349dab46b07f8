package vn.danhgia.organization.api.imports;

/**
 * Limits and defaults of file imports, kept together like a rule pack (RULES.md RP-1) instead of
 * literals scattered through the code. {@link #DEFAULTS} is the version in force.
 *
 * @param maxFileBytes       largest accepted file (5 MB)
 * @param maxRows            most data rows in one file (20,000)
 * @param minAgeYears        youngest age accepted for a date of birth on the import date (15)
 * @param maxReportedErrors  most problems listed in a report; the count is always exact
 * @param headerSearchRows   how many leading non-blank rows are searched for the header row
 * @param previewRows        how many rows the preview shows
 * @param defaultEthnicity   ethnicity of a new person when the cell is blank
 */
public record ImportSettings(long maxFileBytes, int maxRows, int minAgeYears, int maxReportedErrors,
                             int headerSearchRows, int previewRows, String defaultEthnicity) {

    /** The settings in force: 5 MB, 20,000 rows, age 15, at most 2,000 listed errors. */
    public static final ImportSettings DEFAULTS =
            new ImportSettings(5L * 1024 * 1024, 20_000, 15, 2_000, 10, 20, "Kinh");

    /** The size limit in whole megabytes, for messages ("5 MB"). */
    public String maxFileSizeText() {
        long mb = maxFileBytes / (1024 * 1024);
        return mb * 1024 * 1024 == maxFileBytes ? mb + " MB" : (maxFileBytes / 1024) + " KB";
    }
}
