/**
 * File imports: readers of .xlsx (streamed with Apache POI) and .csv (UTF-8, comma, semicolon or
 * tab separated), header matching by name, row validation, the plan of changes given what is
 * stored ({@link vn.danhgia.organization.infrastructure.imports.ImportPlanner}) and its JDBC
 * persistence. Everything up to the plan is pure Java and unit-tested without a database.
 */
package vn.danhgia.organization.infrastructure.imports;
