package vn.danhgia.systemtests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import vn.danhgia.organization.api.Block;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.organization.api.NewUnit;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitView;
import vn.danhgia.systemtests.support.Deployments;

/** Runs inside Payara on the real EAR: units go through the service to MariaDB and back. */
@ExtendWith(ArquillianExtension.class)
class UnitServiceIT {

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.realEarWithTests(UnitServiceIT.class);
    }

    @Inject
    UnitFacade units;

    @Test
    @DisplayName("ORG-1: a unit and its child round-trip through the service and MariaDB with Vietnamese names")
    void roundTrip() {
        String suffix = Long.toString(System.nanoTime(), 36);
        LocalDate from = LocalDate.of(2023, 1, 1);
        units.create(new NewUnit("IT-P-" + suffix, "Phường Thượng Thanh " + suffix, "Phường", UnitKind.WARD_PEOPLES_COMMITTEE, Block.GOVERNMENT, null, from));
        UnitView child = units.create(new NewUnit("IT-C-" + suffix, "Trường Mầm non Hoa Sữa " + suffix, "Trường mầm non", UnitKind.PRESCHOOL,
                Block.SCHOOL, "IT-P-" + suffix, from));

        List<UnitView> asOf2023 = units.unitsAsOf(LocalDate.of(2023, 6, 30));
        UnitView read = asOf2023.stream().filter(u -> u.code().equals("IT-C-" + suffix)).findFirst().orElseThrow();
        assertEquals(child.id(), read.id());
        assertEquals("Trường Mầm non Hoa Sữa " + suffix, read.name());
        assertEquals(Block.SCHOOL, read.block());
        assertEquals("Phường Thượng Thanh " + suffix, read.parentName());
        assertNull(read.validTo());
    }

    @Test
    @DisplayName("ORG-1: a unit is not part of the tree before its validity starts")
    void validityPeriod() {
        String code = "IT-V-" + Long.toString(System.nanoTime(), 36);
        units.create(new NewUnit(code, "Phường Việt Hưng mới", "Phường", UnitKind.WARD_PEOPLES_COMMITTEE, Block.GOVERNMENT, null, LocalDate.of(2025, 7, 1)));
        assertTrue(units.unitsAsOf(LocalDate.of(2025, 6, 30)).stream().noneMatch(u -> u.code().equals(code)));
        assertTrue(units.unitsAsOf(LocalDate.of(2025, 7, 1)).stream().anyMatch(u -> u.code().equals(code)));
    }

    @Test
    @DisplayName("A duplicate unit code is rejected and changes nothing")
    void duplicateCodeRejected() {
        String code = "IT-D-" + Long.toString(System.nanoTime(), 36);
        units.create(new NewUnit(code, "Phường Bồ Đề", "Phường", UnitKind.WARD_PEOPLES_COMMITTEE, Block.GOVERNMENT, null, LocalDate.of(2023, 1, 1)));
        RuntimeException e = assertThrows(RuntimeException.class, () -> units.create(
                new NewUnit(code, "Phường khác", "Phường", UnitKind.WARD_PEOPLES_COMMITTEE, Block.GOVERNMENT, null, LocalDate.of(2023, 1, 1))));
        Throwable cause = e instanceof EJBException && e.getCause() != null ? e.getCause() : e;
        assertTrue(cause.getMessage().contains("đã tồn tại"), cause.getMessage());
        assertEquals(1, units.unitsAsOf(LocalDate.of(2024, 1, 1)).stream().filter(u -> u.code().equals(code)).count());
    }
}
