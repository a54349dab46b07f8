package vn.danhgia.systemtests.support;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import vn.danhgia.datagen.DemoDataset;

/**
 * The demo district (datagen) in the test database, loaded once by whichever test needs it first,
 * whatever other tests have already created. Works inside the server and from the test JVM.
 */
public final class TestData {

    private TestData() {
    }

    public static synchronized void ensureDemo(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("SELECT COUNT(*) FROM org_unit WHERE code = 'QU'");
             ResultSet rs = s.executeQuery()) {
            rs.next();
            if (rs.getLong(1) > 0) {
                return;
            }
        }
        DemoDataset.load(connection, DemoDataset.DEFAULT_SEED);
    }
}
