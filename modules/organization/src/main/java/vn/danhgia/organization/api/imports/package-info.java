/**
 * Imports of people (and later units) from XLSX or CSV files: the facade and its DTO records.
 * An import is all-or-nothing: a file with any bad row changes nothing and returns the full
 * per-row, per-column error report in Vietnamese.
 */
package vn.danhgia.organization.api.imports;
