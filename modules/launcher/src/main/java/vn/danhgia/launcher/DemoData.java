package vn.danhgia.launcher;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.datagen.DemoDataset;

/**
 * Loads the demo dataset (module danhgia-datagen) into the database the application has just migrated:
 * {@link DemoDataset#loadIfEmpty(Connection)}, which does nothing when the database already holds data.
 */
public final class DemoData {

    private DemoData() {
    }

    /** Connects with the application's credentials and loads the demo data if the database is empty. */
    public static String loadIfEmpty(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            Object result = DemoDataset.loadIfEmpty(c);
            return describe(result);
        }
    }

    /**
     * One line for the user about what {@code loadIfEmpty} returned: empty / 0 / false means the database already
     * held data; otherwise the result's own {@code toString()} (e.g. the dataset summary's row counts).
     */
    static String describe(Object result) {
        if (result instanceof Optional<?> o) {
            result = o.orElse(null);
        }
        boolean nothing = result == null
                || Boolean.FALSE.equals(result)
                || result instanceof Number n && n.longValue() == 0
                || result instanceof Collection<?> c && c.isEmpty()
                || result instanceof Map<?, ?> m && m.isEmpty();
        if (nothing) {
            return "Cơ sở dữ liệu đã có dữ liệu, không nạp dữ liệu mẫu (database not empty, demo data not loaded)";
        }
        if (Boolean.TRUE.equals(result)) {
            return "Đã nạp dữ liệu mẫu (demo data loaded)";
        }
        return "Đã nạp dữ liệu mẫu (demo data loaded): " + result;
    }
}
