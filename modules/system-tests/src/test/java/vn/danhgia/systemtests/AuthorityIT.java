package vn.danhgia.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.List;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.danhgia.organization.api.authority.AuthorityChainView;
import vn.danhgia.organization.api.authority.AuthorityFacade;
import vn.danhgia.systemtests.support.Deployments;
import vn.danhgia.systemtests.support.TestData;

/**
 * Runs inside Payara on the demo district: the authority chains of a teacher, a principal, a
 * ward civil servant and an office head match PRO-9 (RULES.md ORG-11).
 */
@ExtendWith(ArquillianExtension.class)
class AuthorityIT {

    private static final LocalDate DATE = LocalDate.of(2023, 6, 30);

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(AuthorityIT.class);
    }

    @Inject
    AuthorityFacade authority;

    @Resource(lookup = "java:app/jdbc/danhgia")
    DataSource dataSource;

    @BeforeEach
    void demo() throws Exception {
        try (Connection c = dataSource.getConnection()) {
            TestData.ensureDemo(c);
        }
    }

    @Test
    @DisplayName("PRO-9 line 10: a teacher is decided by the principal of the school")
    void teacher() throws Exception {
        long teacher = someone("MEMBER", "PRESCHOOL");
        AuthorityChainView chain = authority.chain(teacher, AuthorityFacade.QUARTERLY, DATE);
        assertEquals(headOfUnitOf(teacher), holder(chain, "DECIDE"), explain(chain));
    }

    @Test
    @DisplayName("PRO-9 line 8: a principal is evaluated by the head of the Education Office")
    void principal() throws Exception {
        long principal = someone("HEAD", "PRIMARY_SCHOOL");
        AuthorityChainView chain = authority.chain(principal, AuthorityFacade.QUARTERLY, DATE);
        assertEquals(headOfUnitKind("EDUCATION_OFFICE"), holder(chain, "EVALUATE"), explain(chain));
    }

    @Test
    @DisplayName("PRO-9 line 7: a ward civil servant is evaluated by the ward People's Committee chair")
    void wardCivilServant() throws Exception {
        long servant = someone("MEMBER", "WARD_PEOPLES_COMMITTEE");
        AuthorityChainView chain = authority.chain(servant, AuthorityFacade.QUARTERLY, DATE);
        assertEquals(headOfUnitOf(servant), holder(chain, "EVALUATE"), explain(chain));
    }

    @Test
    @DisplayName("PRO-9 line 5: an office head is evaluated by the district People's Committee chair")
    void officeHead() throws Exception {
        long head = someone("HEAD", "OFFICE");
        AuthorityChainView chain = authority.chain(head, AuthorityFacade.QUARTERLY, DATE);
        assertEquals(headOfUnitKind("PEOPLES_COMMITTEE"), holder(chain, "EVALUATE"), explain(chain));
        assertTrue(chain.assignments().stream().allMatch(a -> !a.explanation().isBlank()), "RP-2: every role explains itself");
    }

    @Test
    @DisplayName("ORG-11: an administrator's person override replaces the default evaluator and says why")
    void override() throws Exception {
        long servant = someone("MEMBER", "OFFICE");
        long other = someone("DEPUTY", "OFFICE");
        authority.override(new vn.danhgia.organization.api.authority.NewAuthorityOverride(null, servant,
                AuthorityFacade.QUARTERLY, "EVALUATE", other, null, LocalDate.of(2023, 1, 1), null,
                "Thử nghiệm ghi đè"), "it");
        AuthorityChainView chain = authority.chain(servant, AuthorityFacade.QUARTERLY, DATE);
        assertEquals(other, holder(chain, "EVALUATE"), explain(chain));
        assertTrue(chain.assignments().stream().anyMatch(a -> a.source().startsWith("Ghi đè")), explain(chain));
    }

    private static Long holder(AuthorityChainView chain, String role) {
        List<AuthorityChainView.Assignment> found = chain.assignments().stream().filter(a -> a.role().equals(role)).toList();
        assertEquals(1, found.size(), () -> role + " holders: " + explain(chain));
        return found.get(0).holderPersonId();
    }

    private static String explain(AuthorityChainView chain) {
        return chain.assignments() + " / " + chain.findings();
    }

    private long someone(String role, String unitKind) throws Exception {
        return single("SELECT m.person_id FROM org_membership m JOIN org_unit u ON u.id = m.unit_id"
                + " WHERE m.unit_role = ? AND u.kind = ? AND m.kind = 'PRIMARY' AND u.code NOT LIKE 'IT%'"
                + " AND m.valid_from <= '2023-06-30' AND (m.valid_to IS NULL OR m.valid_to > '2023-06-30')"
                + " ORDER BY m.person_id LIMIT 1", role, unitKind);
    }

    private long headOfUnitOf(long person) throws Exception {
        return single("SELECT h.person_id FROM org_membership m JOIN org_membership h ON h.unit_id = m.unit_id"
                + " AND h.unit_role = 'HEAD' AND h.valid_from <= '2023-06-30' AND (h.valid_to IS NULL OR h.valid_to > '2023-06-30')"
                + " WHERE m.person_id = ? AND m.kind = 'PRIMARY' AND m.valid_from <= '2023-06-30'"
                + " AND (m.valid_to IS NULL OR m.valid_to > '2023-06-30') LIMIT 1", person);
    }

    private long headOfUnitKind(String kind) throws Exception {
        return single("SELECT h.person_id FROM org_membership h JOIN org_unit u ON u.id = h.unit_id"
                + " WHERE u.kind = ? AND h.unit_role = 'HEAD' AND h.valid_from <= '2023-06-30'"
                + " AND (h.valid_to IS NULL OR h.valid_to > '2023-06-30') LIMIT 1", kind);
    }

    private long single(String sql, Object... parameters) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), () -> "no row for " + sql + " " + List.of(parameters));
                return rs.getLong(1);
            }
        }
    }
}
