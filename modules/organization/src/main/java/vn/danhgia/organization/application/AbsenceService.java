package vn.danhgia.organization.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import vn.danhgia.organization.api.people.AbsenceFacade;
import vn.danhgia.organization.domain.AbsenceDays;
import vn.danhgia.platform.calendar.HolidayCalendarService;
import vn.danhgia.platform.calendar.WorkingDayCalendar;

/** Counts a person's absence in working days (RULES.md ORG-7, PRO-8). */
@Stateless
public class AbsenceService implements AbsenceFacade {

    /** People per query of {@link #absencesOverlapping}. */
    private static final int CHUNK = 500;

    @PersistenceContext(unitName = "organization")
    private EntityManager em;

    @EJB
    private HolidayCalendarService holidays;

    @Override
    public int workingDaysAbsent(long personId, Set<String> kinds, LocalDate periodFrom, LocalDate periodTo) {
        if (periodFrom.isAfter(periodTo)) {
            throw new IllegalArgumentException("Ngày đầu kỳ " + periodFrom + " sau ngày cuối kỳ " + periodTo + ".");
        }
        WorkingDayCalendar calendar = holidays.calendarFor(periodFrom.getYear(), periodTo.getYear());
        List<LocalDate[]> absences = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT kind, start_date, end_date FROM org_absence WHERE person_id = ?1"
                        + " AND start_date <= ?3 AND end_date >= ?2")
                .setParameter(1, personId).setParameter(2, periodFrom).setParameter(3, periodTo).getResultList()) {
            Object[] r = (Object[]) row;
            if (kinds.contains(r[0].toString())) {
                absences.add(new LocalDate[] {toDate(r[1]), toDate(r[2])});
            }
        }
        return AbsenceDays.workingDaysInside(absences, periodFrom, periodTo, calendar::isWorkingDay);
    }

    @Override
    public List<AbsencePeriod> absencesOverlapping(Collection<Long> personIds, LocalDate periodFrom,
                                                   LocalDate periodTo) {
        if (periodFrom.isAfter(periodTo)) {
            throw new IllegalArgumentException("Ngày đầu kỳ " + periodFrom + " sau ngày cuối kỳ " + periodTo + ".");
        }
        List<Long> ids = new ArrayList<>(personIds);
        List<AbsencePeriod> result = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += CHUNK) {
            List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
            StringBuilder in = new StringBuilder();
            for (int i = 0; i < chunk.size(); i++) {
                in.append(i == 0 ? "?" : ", ?").append(i + 3);
            }
            var query = em.createNativeQuery("SELECT person_id, kind, start_date, end_date FROM org_absence"
                    + " WHERE start_date <= ?2 AND end_date >= ?1 AND person_id IN (" + in + ")"
                    + " ORDER BY person_id, start_date, id");
            query.setParameter(1, periodFrom).setParameter(2, periodTo);
            for (int i = 0; i < chunk.size(); i++) {
                query.setParameter(i + 3, chunk.get(i));
            }
            for (Object row : query.getResultList()) {
                Object[] r = (Object[]) row;
                result.add(new AbsencePeriod(((Number) r[0]).longValue(), r[1].toString(), toDate(r[2]),
                        toDate(r[3])));
            }
        }
        return result;
    }

    private static LocalDate toDate(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
