package vn.danhgia.organization.api;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Units of the dated organisation tree (RULES.md ORG-1). */
@Local
public interface UnitFacade {

    /** The units valid on the date, ordered by their position in the tree. */
    List<UnitView> unitsAsOf(LocalDate date);

    /**
     * Headcount of each unit on the date (RULES.md PRO-3: forms 04/05 depend on "< 20 / ≥ 20"):
     * people with a primary or secondment membership valid on that date. Units without people are absent.
     */
    Map<Long, Integer> headcounts(LocalDate date);

    /** Creates a unit; fails with {@link OrganizationException} when the code is taken or the parent unknown. */
    UnitView create(NewUnit unit);

    /** The unit list of the date as an official PDF document (Decree 30/2020 layout, RULES.md PUB-1). */
    byte[] unitListPdf(LocalDate date);
}
