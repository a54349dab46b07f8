package vn.danhgia.organization.api.people;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What an evaluation needs to know about many people at once, read set-based (a district of thousands or a
 * city of 200,000 people): who is in a unit tree on a date (RULES.md PRO-3, PRO-11) and the facts of a
 * quarter (PRO-5 discipline and inspection, PRO-8 absence in working days per ORG-7).
 */
@Local
public interface EvaluationFactsFacade {

    /**
     * The people with a primary position (a secondment wins over it, as for the authority chain) on the date
     * in the unit and every unit below it valid on that date, ordered by unit tree position and name.
     * Fails with {@code OrganizationException} (UNIT_NOT_FOUND) when the root does not exist on that date.
     */
    List<EvaluatedPerson> peopleOfTree(long rootUnitId, LocalDate date);

    /** The quarter facts of the people (one entry per known id; unknown ids are absent). */
    Map<Long, QuarterFacts> quarterFacts(Collection<Long> personIds, Set<String> absenceKinds, LocalDate from,
                                         LocalDate to);

    /**
     * One evaluated person.
     *
     * @param unitHeadcount people counted in the unit on the date (primary and secondment, PRO-3 "< 20 / ≥ 20")
     * @param focalUnitId   the focal body of the unit (PRO-11 step 3), inherited from the nearest unit above it
     *                      that has one; null when none is set
     */
    record EvaluatedPerson(long personId, String staffCode, String fullName, String positionTitle, String unitRole,
                           long unitId, String unitName, String block, String unitKind,
                           boolean standingCommitteeManaged, int unitHeadcount, Long focalUnitId,
                           String focalUnitName) {
    }

    /**
     * @param disciplineInForce          a party or government measure in force on any day of the period
     * @param disciplineDescription      the measures, e.g. "Khiển trách (GOVERNMENT)", or null
     * @param underInspection            an UNDER_INSPECTION record overlapping the period
     * @param violationFoundByInspection a VIOLATION_FOUND record overlapping the period
     * @param absenceWorkingDays         working days absent in the period for the given kinds (overlaps once)
     */
    record QuarterFacts(long personId, boolean disciplineInForce, String disciplineDescription,
                        boolean underInspection, boolean violationFoundByInspection, int absenceWorkingDays) {
    }
}
