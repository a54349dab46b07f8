package vn.danhgia.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.danhgia.evaluation.api.monthly.MonthlyEntry;
import vn.danhgia.evaluation.api.monthly.MonthlyLevelOfMonth;
import vn.danhgia.evaluation.api.monthly.MonthlyRatingFacade;
import vn.danhgia.evaluation.api.monthly.MonthlyRatingRow;
import vn.danhgia.evaluation.api.monthly.MonthlySaveResult;
import vn.danhgia.systemtests.support.Deployments;
import vn.danhgia.systemtests.support.TestData;

/** Runs inside Payara on the demo district: monthly ratings are derived, kept as revisions, read per quarter. */
@ExtendWith(ArquillianExtension.class)
class MonthlyRatingIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(MonthlyRatingIT.class);
    }

    @Inject
    MonthlyRatingFacade ratings;

    @Resource(lookup = "java:app/jdbc/danhgia")
    DataSource dataSource;

    @Test
    @DisplayName("MON-2: 92 points and 3 violations give 86 → HTT; a correction is a new revision; a bad row saves nothing")
    void deriveReviseRefuse() throws Exception {
        long unitId;
        try (Connection c = dataSource.getConnection()) {
            TestData.ensureDemo(c);
            try (PreparedStatement s = c.prepareStatement("SELECT id FROM org_unit WHERE code = 'UB-TP'");
                 ResultSet rs = s.executeQuery()) {
                rs.next();
                unitId = rs.getLong(1);
            }
        }
        List<MonthlyRatingRow> rows = ratings.unitMonth(unitId, 2023, 8);
        assertTrue(rows.size() >= 2, "the Justice Office has people in August 2023");
        long first = rows.get(0).personId();
        long second = rows.get(1).personId();

        MonthlySaveResult refused = ratings.save(2023, 8, List.of(
                new MonthlyEntry(first, new BigDecimal("92"), 3, null, null),
                new MonthlyEntry(second, new BigDecimal("101"), 0, null, null)), "it", null);
        assertFalse(refused.saved());
        assertEquals(second, refused.errors().get(0).personId());
        assertNull(ratings.quarterOf(first, 2023, 3).get(1).level(), "nothing saved for anyone");

        MonthlySaveResult saved = ratings.save(2023, 8, List.of(new MonthlyEntry(first, new BigDecimal("92"), 3, null, null)),
                "it", null);
        assertTrue(saved.saved(), saved.errors().toString());
        MonthlyRatingRow row = ratings.unitMonth(unitId, 2023, 8).stream().filter(r -> r.personId() == first)
                .findFirst().orElseThrow();
        assertEquals("HTT", row.level());
        assertTrue(row.explanation().contains("86"), row.explanation());

        ratings.save(2023, 8, List.of(new MonthlyEntry(first, null, 0, "HTXS", row.revision())), "it", "Điều chỉnh theo họp");
        List<MonthlyLevelOfMonth> quarter = ratings.quarterOf(first, 2023, 3);
        assertEquals("HTXS", quarter.get(1).level());
        assertEquals(row.revision() + 1, quarter.get(1).revision());
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM eva_monthly_rating WHERE person_id = ? AND year = 2023 AND month = 8")) {
            s.setLong(1, first);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(2, rs.getLong(1), "PUB-2: the first rating is kept");
            }
        }
    }
}
