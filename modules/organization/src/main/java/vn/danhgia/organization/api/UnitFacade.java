package vn.danhgia.organization.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;

/** Units of the dated organisation tree (RULES.md ORG-1). */
@Local
public interface UnitFacade {

    /** The units valid on the date, ordered by their position in the tree. */
    List<UnitView> unitsAsOf(LocalDate date);

    /** Creates a unit; fails with {@link OrganizationException} when the code is taken or the parent unknown. */
    UnitView create(NewUnit unit);

    /** The unit list of the date as an official PDF document (Decree 30/2020 layout, RULES.md PUB-1). */
    byte[] unitListPdf(LocalDate date);
}
