package vn.danhgia.organization.infrastructure.imports;

import java.util.List;

/** A column of an import file, recognised in the header row by its name or an alias. */
public interface ImportColumn {

    /** The header as the template writes it, e.g. "Mã cán bộ"; also the column name in error reports. */
    String header();

    /** Other accepted headers (compared after {@link HeaderMatcher#key folding}). */
    List<String> aliases();

    /** Whether the header row must contain the column. */
    boolean required();
}
