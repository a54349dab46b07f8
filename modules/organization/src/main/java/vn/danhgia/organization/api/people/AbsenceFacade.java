package vn.danhgia.organization.api.people;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;

/** Absences counted in working days (RULES.md ORG-7, used by PRO-8 and ANN-8). */
@Local
public interface AbsenceFacade {

    /** Absence kinds as stored (MATERNITY, SICK, UNPAID, ANNUAL, SUMMER_BREAK, PERSONAL_LONG, TRAINING). */
    Set<String> KINDS = Set.of("MATERNITY", "SICK", "UNPAID", "ANNUAL", "SUMMER_BREAK", "PERSONAL_LONG", "TRAINING");

    /**
     * Working days (weekends and public holidays excluded, per the holiday calendar) the person was
     * absent for one of the given kinds inside the period; overlapping absences count once.
     */
    int workingDaysAbsent(long personId, Set<String> kinds, LocalDate periodFrom, LocalDate periodTo);

    /**
     * The absences (any kind) of the people that overlap the period, ordered by person and start date — for rules
     * over a whole unit (PRO-1: who is on a long leave at signing time) without reading every person's record.
     */
    List<AbsencePeriod> absencesOverlapping(Collection<Long> personIds, LocalDate periodFrom, LocalDate periodTo);

    /** One absence of a person; {@code endDate} is inclusive. */
    record AbsencePeriod(long personId, String kind, LocalDate startDate, LocalDate endDate) {
    }
}
