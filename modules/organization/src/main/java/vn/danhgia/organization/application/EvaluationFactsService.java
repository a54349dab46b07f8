package vn.danhgia.organization.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import vn.danhgia.organization.api.OrganizationException;
import vn.danhgia.organization.api.people.EvaluationFactsFacade;
import vn.danhgia.organization.domain.AbsenceDays;
import vn.danhgia.platform.calendar.HolidayCalendarService;
import vn.danhgia.platform.calendar.WorkingDayCalendar;

/** Set-based reads for evaluations (RULES.md PRO-3, PRO-5, PRO-8, PRO-11); a few queries per call, whatever the size. */
@Stateless
public class EvaluationFactsService implements EvaluationFactsFacade {

    private static final int IN_LIST = 1000;
    private static final String VALID_UNIT = "u.valid_from <= ?2 AND (u.valid_to IS NULL OR u.valid_to > ?2)";
    private static final String VALID_MEMBERSHIP = "m.valid_from <= ?2 AND (m.valid_to IS NULL OR m.valid_to > ?2)";

    @PersistenceContext(unitName = "organization")
    private EntityManager em;

    @EJB
    private HolidayCalendarService holidays;

    @Override
    public List<EvaluatedPerson> peopleOfTree(long rootUnitId, LocalDate date) {
        Map<Long, Object[]> units = unitsOn(date);
        if (!units.containsKey(rootUnitId)) {
            throw new OrganizationException("UNIT_NOT_FOUND", "Không có đơn vị mã số " + rootUnitId + " tại ngày " + date + ".");
        }
        Map<Long, Integer> headcounts = headcounts(date);
        List<EvaluatedPerson> people = new ArrayList<>();
        Long lastPerson = null;
        for (Object row : em.createNativeQuery("WITH RECURSIVE tree AS (SELECT u.id FROM org_unit u WHERE u.id = ?1"
                        + " UNION ALL SELECT u.id FROM org_unit u JOIN tree t ON u.parent_id = t.id WHERE " + VALID_UNIT + ")"
                        + " SELECT p.id, p.staff_code, p.full_name, m.position_title, m.unit_role, m.unit_id,"
                        + " p.standing_committee_managed FROM tree JOIN org_membership m ON m.unit_id = tree.id"
                        + " AND m.kind IN ('PRIMARY', 'SECONDMENT') AND " + VALID_MEMBERSHIP
                        + " JOIN org_person p ON p.id = m.person_id ORDER BY p.id, m.kind DESC, m.valid_from DESC")
                .setParameter(1, rootUnitId).setParameter(2, date).getResultList()) {
            Object[] r = (Object[]) row;
            long personId = ((Number) r[0]).longValue();
            if (Long.valueOf(personId).equals(lastPerson)) {
                continue;
            }
            lastPerson = personId;
            long unitId = ((Number) r[5]).longValue();
            Object[] unit = units.get(unitId);
            Long focal = focalOf(unitId, units);
            people.add(new EvaluatedPerson(personId, str(r[1]), str(r[2]), str(r[3]), str(r[4]), unitId, str(unit[1]),
                    str(unit[2]), str(unit[3]), bool(r[6]), headcounts.getOrDefault(unitId, 0), focal,
                    focal == null || !units.containsKey(focal) ? null : str(units.get(focal)[1])));
        }
        Map<Long, String> order = new HashMap<>();
        units.forEach((id, u) -> order.put(id, str(u[6])));
        people.sort((a, b) -> {
            int byUnit = order.get(a.unitId()).compareTo(order.get(b.unitId()));
            return byUnit != 0 ? byUnit : a.fullName().compareTo(b.fullName());
        });
        return people;
    }

    @Override
    public Map<Long, QuarterFacts> quarterFacts(Collection<Long> personIds, Set<String> absenceKinds, LocalDate from,
                                                LocalDate to) {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("Ngày đầu kỳ " + from + " sau ngày cuối kỳ " + to + ".");
        }
        WorkingDayCalendar calendar = holidays.calendarFor(from.getYear(), to.getYear());
        Map<Long, QuarterFacts> facts = new LinkedHashMap<>();
        List<Long> ids = new ArrayList<>(personIds);
        for (int i = 0; i < ids.size(); i += IN_LIST) {
            List<Long> slice = ids.subList(i, Math.min(ids.size(), i + IN_LIST));
            facts.putAll(quarterFactsOf(slice, absenceKinds, from, to, calendar));
        }
        return facts;
    }

    private Map<Long, QuarterFacts> quarterFactsOf(List<Long> ids, Set<String> kinds, LocalDate from, LocalDate to,
                                                   WorkingDayCalendar calendar) {
        String in = inList(ids);
        Map<Long, StringJoiner> discipline = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT person_id, measure, system FROM org_discipline WHERE person_id IN ("
                + in + ") AND in_force_from <= ?2 AND (in_force_to IS NULL OR in_force_to >= ?1) ORDER BY person_id, in_force_from")
                .setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] r = (Object[]) row;
            discipline.computeIfAbsent(((Number) r[0]).longValue(), k -> new StringJoiner("; "))
                    .add(r[1] + " (" + r[2] + ")");
        }
        Map<Long, Set<String>> inspections = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT person_id, kind FROM org_inspection WHERE person_id IN (" + in
                + ") AND start_date <= ?2 AND (end_date IS NULL OR end_date >= ?1)")
                .setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] r = (Object[]) row;
            inspections.computeIfAbsent(((Number) r[0]).longValue(), k -> new java.util.HashSet<>()).add(str(r[1]));
        }
        Map<Long, List<LocalDate[]>> absences = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT person_id, kind, start_date, end_date FROM org_absence WHERE person_id IN ("
                + in + ") AND start_date <= ?2 AND end_date >= ?1").setParameter(1, from).setParameter(2, to).getResultList()) {
            Object[] r = (Object[]) row;
            if (kinds.contains(str(r[1]))) {
                absences.computeIfAbsent(((Number) r[0]).longValue(), k -> new ArrayList<>())
                        .add(new LocalDate[] {date(r[2]), date(r[3])});
            }
        }
        Map<Long, QuarterFacts> facts = new LinkedHashMap<>();
        for (Object id : em.createNativeQuery("SELECT id FROM org_person WHERE id IN (" + in + ")").getResultList()) {
            long personId = ((Number) id).longValue();
            StringJoiner measures = discipline.get(personId);
            Set<String> inspected = inspections.getOrDefault(personId, Set.of());
            List<LocalDate[]> absent = absences.getOrDefault(personId, List.of());
            int days = absent.isEmpty() ? 0 : AbsenceDays.workingDaysInside(absent, from, to, calendar::isWorkingDay);
            facts.put(personId, new QuarterFacts(personId, measures != null, measures == null ? null : measures.toString(),
                    inspected.contains("UNDER_INSPECTION"), inspected.contains("VIOLATION_FOUND"), days));
        }
        return facts;
    }

    /** id → {id, name, block, kind, parent_id, focal_unit_id, sort_path} of the units valid on the date. */
    private Map<Long, Object[]> unitsOn(LocalDate date) {
        Map<Long, Object[]> units = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT u.id, u.name, u.block, u.kind, u.parent_id, u.focal_unit_id,"
                + " u.sort_path FROM org_unit u WHERE u.valid_from <= ?1 AND (u.valid_to IS NULL OR u.valid_to > ?1)")
                .setParameter(1, date).getResultList()) {
            Object[] r = (Object[]) row;
            units.put(((Number) r[0]).longValue(), r);
        }
        return units;
    }

    private Map<Long, Integer> headcounts(LocalDate date) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT m.unit_id, COUNT(DISTINCT m.person_id) FROM org_membership m"
                + " WHERE m.kind IN ('PRIMARY', 'SECONDMENT') AND m.valid_from <= ?1 AND (m.valid_to IS NULL OR m.valid_to > ?1)"
                + " GROUP BY m.unit_id").setParameter(1, date).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        return counts;
    }

    /** The focal body of the unit or of its nearest ancestor that has one (PRO-11 step 3). */
    private static Long focalOf(long unitId, Map<Long, Object[]> units) {
        Object[] unit = units.get(unitId);
        for (int depth = 0; unit != null && depth < 64; depth++) {
            if (unit[5] != null) {
                return ((Number) unit[5]).longValue();
            }
            unit = unit[4] == null ? null : units.get(((Number) unit[4]).longValue());
        }
        return null;
    }

    private static String inList(List<Long> ids) {
        StringJoiner joiner = new StringJoiner(",");
        ids.forEach(id -> joiner.add(Long.toString(id)));
        return joiner.toString();
    }

    private static String str(Object value) {
        return value == null ? null : value.toString();
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
    }

    private static LocalDate date(Object value) {
        return value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
