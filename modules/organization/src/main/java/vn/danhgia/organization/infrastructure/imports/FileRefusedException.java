package vn.danhgia.organization.infrastructure.imports;

import java.util.List;
import vn.danhgia.organization.api.imports.ImportError;

/** The file cannot be read as a table at all (size, type, encoding, header): the import is refused. */
public class FileRefusedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<ImportError> errors;

    public FileRefusedException(List<ImportError> errors) {
        super(errors.isEmpty() ? "refused" : errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public FileRefusedException(String message) {
        this(List.of(ImportError.ofFile(message)));
    }

    public List<ImportError> errors() {
        return errors;
    }
}
