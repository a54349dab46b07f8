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

    /** The version of each unit valid on the date (for the optimistic check of {@link UnitChange}s). */
    Map<Long, Long> versionsAsOf(LocalDate date);

    /** Creates a unit at a date and records a CREATE event; fails with {@link OrganizationException}. */
    UnitChange.Result createAt(UnitChange.Create request);

    /** Renames a unit at a date (new row, new code), moves its memberships, records a RENAME event. */
    UnitChange.Result rename(UnitChange.Rename request);

    /** Merges units of one block into a new unit at a date, moves memberships, records a MERGE event. */
    UnitChange.Result merge(UnitChange.Merge request);

    /** Abolishes a unit nobody belongs to on the date; records an ABOLISH event. */
    UnitChange.Result abolish(UnitChange.Abolish request);

    /**
     * Sets the focal body of a unit (RULES.md PRO-11 step 3), or clears it when {@code focalUnitId} is null. The focal
     * unit must be valid today, of kind HOME_AFFAIRS_OFFICE, EDUCATION_OFFICE or PARTY_ORGANISATION_BOARD and not the
     * unit itself; fails with {@link OrganizationException} (Vietnamese message) otherwise, or with code
     * UNIT_CHANGED_CONCURRENTLY when the unit's version is no longer {@code expectedVersion}. Bumps the version and
     * writes the audit log.
     */
    void setFocalBody(long unitId, long expectedVersion, Long focalUnitId, String by);

    /** The heads (primary HEAD memberships) of the units on the date. */
    List<UnitChange.Head> headsOf(List<Long> unitIds, LocalDate date);

    /** The events that touched the unit, newest first. */
    List<UnitChange.EventView> history(long unitId);

    /** The unit list of the date as an official PDF document (Decree 30/2020 layout, RULES.md PUB-1). */
    byte[] unitListPdf(LocalDate date);
}
