package vn.danhgia.organization.infrastructure.people;

import jakarta.enterprise.context.Dependent;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitRole;
import vn.danhgia.organization.api.people.PersonDetail;
import vn.danhgia.organization.api.people.PersonFacade.GradeOption;
import vn.danhgia.organization.api.people.PersonPage;
import vn.danhgia.organization.api.people.PersonQuery;
import vn.danhgia.organization.api.people.PersonSummary;
import vn.danhgia.platform.i18n.VietnameseText;

/**
 * The staff registry read model: set-based SQL over org_person and its dated facts, so that a
 * filtered, sorted page of 200,000 people is one query plus one count.
 */
@Dependent
public class PersonQueries {

    private static final Map<PersonQuery.SortField, String> ORDER = Map.of(
            PersonQuery.SortField.FULL_NAME, "p.full_name",
            PersonQuery.SortField.STAFF_CODE, "p.staff_code",
            PersonQuery.SortField.BIRTH_DATE, "p.birth_date",
            PersonQuery.SortField.UNIT, "m.unit_id",
            PersonQuery.SortField.CATEGORY, "p.category");

    /** A membership or appointment valid on the date (?1). */
    private static final String VALID_MEMBERSHIP = " m.kind = 'PRIMARY' AND m.valid_from <= ?1"
            + " AND (m.valid_to IS NULL OR m.valid_to > ?1)";
    /** The latest grade appointment of p on the date (ORG-4). */
    private static final String CURRENT_GRADE = "(SELECT g2.id FROM org_grade_appointment g2 WHERE g2.person_id = p.id"
            + " AND g2.appointed_on <= ?1 ORDER BY g2.appointed_on DESC, g2.id DESC LIMIT 1)";

    @PersistenceContext(unitName = "organization")
    EntityManager em;

    /**
     * Two steps, so that 200,000 people stay fast: the ids of the page (filters as semi-joins on
     * indexed columns, sorting on the person's own columns), then the details of those ids only.
     * The count stops at {@link PersonPage#COUNT_LIMIT}: beyond it the list says "more than".
     */
    public PersonPage search(PersonQuery query) {
        List<Object> params = new ArrayList<>();
        params.add(query.asOf());
        String where = where(query, params);
        long counted = ((Number) bind(em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 FROM org_person p" + where
                + " LIMIT " + (PersonPage.COUNT_LIMIT + 1) + ") t"), params).getSingleResult()).longValue();
        if (counted == 0) {
            return new PersonPage(0, false, List.of());
        }
        List<Long> ids = query.sort() == PersonQuery.SortField.UNIT ? idsByUnit(query, where, params)
                : ids("SELECT p.id FROM org_person p" + where + " ORDER BY " + ORDER.get(query.sort()) + direction(query)
                        + ", p.id" + direction(query), query.pageSize(), query.first(), params);
        boolean capped = counted > PersonPage.COUNT_LIMIT;
        return new PersonPage(capped ? PersonPage.COUNT_LIMIT : counted, capped, details(ids, query));
    }

    /**
     * Sorted by unit (in the order units were created, i.e. tree order): people with a unit on the
     * date first, read from the membership index, then those without one.
     */
    private List<Long> idsByUnit(PersonQuery query, String where, List<Object> params) {
        String withUnit = " FROM org_membership m JOIN org_person p ON p.id = m.person_id" + where + " AND" + VALID_MEMBERSHIP;
        String dir = direction(query);
        List<Long> ids = new ArrayList<>(ids("SELECT p.id" + withUnit + " ORDER BY m.unit_id" + dir + ", p.id" + dir,
                query.pageSize(), query.first(), params));
        if (ids.size() < query.pageSize()) {
            long placed = ((Number) bind(em.createNativeQuery("SELECT COUNT(*)" + withUnit), params).getSingleResult())
                    .longValue();
            int skip = (int) Math.max(0, query.first() - placed);
            ids.addAll(ids("SELECT p.id FROM org_person p" + where + " AND NOT EXISTS (SELECT 1 FROM org_membership m"
                    + " WHERE m.person_id = p.id AND" + VALID_MEMBERSHIP + ") ORDER BY p.id" + dir,
                    query.pageSize() - ids.size(), skip, params));
        }
        return ids;
    }

    private List<Long> ids(String sql, int limit, int offset, List<Object> params) {
        List<Long> ids = new ArrayList<>();
        for (Object id : bind(em.createNativeQuery(sql + " LIMIT " + limit + " OFFSET " + offset), params).getResultList()) {
            ids.add(((Number) id).longValue());
        }
        return ids;
    }

    private static String direction(PersonQuery query) {
        return query.ascending() ? " ASC" : " DESC";
    }

    private List<PersonSummary> details(List<Long> ids, PersonQuery query) {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = ids.stream().map(String::valueOf).collect(java.util.stream.Collectors.joining(","));
        Map<Long, PersonSummary> byId = new java.util.HashMap<>();
        for (Object row : em.createNativeQuery("SELECT p.id, p.staff_code, p.full_name, p.birth_date, p.sex, p.category,"
                        + " m.unit_id, u.name, m.position_title, m.unit_role, g.grade_code FROM org_person p"
                        + " LEFT JOIN org_membership m ON m.person_id = p.id AND" + VALID_MEMBERSHIP
                        + " LEFT JOIN org_unit u ON u.id = m.unit_id"
                        + " LEFT JOIN org_grade_appointment g ON g.id = " + CURRENT_GRADE
                        + " WHERE p.id IN (" + in + ")")
                .setParameter(1, query.asOf()).getResultList()) {
            PersonSummary summary = summary((Object[]) row);
            byId.putIfAbsent(summary.id(), summary);
        }
        return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
    }

    private static String where(PersonQuery query, List<Object> params) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        String folded = VietnameseText.fold(query.name());
        if (folded != null && !folded.isEmpty()) {
            params.add("%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
            where.append(" AND (p.search_name LIKE ?").append(params.size());
            params.add(query.name().trim());
            where.append(" OR p.staff_code = ?").append(params.size()).append(')');
        }
        if (query.unitId() != null) {
            params.add(query.unitId());
            where.append(" AND p.id IN (SELECT m.person_id FROM org_membership m WHERE m.unit_id = ?")
                    .append(params.size()).append(" AND").append(VALID_MEMBERSHIP).append(')');
        }
        if (query.category() != null) {
            params.add(query.category().name());
            where.append(" AND p.category = ?").append(params.size());
        }
        if (query.gradeCode() != null && !query.gradeCode().isBlank()) {
            params.add(query.gradeCode().trim());
            where.append(" AND (SELECT g.grade_code FROM org_grade_appointment g WHERE g.id = ")
                    .append(CURRENT_GRADE).append(") = ?").append(params.size());
        }
        return where.toString();
    }

    private static Query bind(Query query, List<Object> params) {
        for (int i = 0; i < params.size(); i++) {
            query.setParameter(i + 1, params.get(i));
        }
        return query;
    }

    private static PersonSummary summary(Object[] r) {
        return new PersonSummary(Rows.number(r[0]), Rows.string(r[1]), Rows.string(r[2]), Rows.date(r[3]),
                Rows.string(r[4]), StaffCategory.valueOf(Rows.string(r[5])), Rows.nullableNumber(r[6]),
                Rows.string(r[7]), Rows.string(r[8]), r[9] == null ? null : UnitRole.valueOf(Rows.string(r[9])),
                Rows.string(r[10]));
    }

    public Optional<PersonDetail> detail(long id) {
        List<?> found = em.createNativeQuery("SELECT id, staff_code, full_name, birth_date, sex, ethnicity, minority_area,"
                + " category, standing_committee_managed, version FROM org_person WHERE id = ?1")
                .setParameter(1, id).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] p = (Object[]) found.get(0);
        return Optional.of(new PersonDetail(id, Rows.string(p[1]), Rows.string(p[2]), Rows.date(p[3]),
                Rows.string(p[4]), Rows.string(p[5]), Rows.bool(p[6]), StaffCategory.valueOf(Rows.string(p[7])),
                Rows.bool(p[8]), Rows.number(p[9]), memberships(id), grades(id), qualifications(id),
                emulationTitles(id), legalParticipations(id), absences(id), disciplines(id), inspections(id),
                revisions(id)));
    }

    private List<Object[]> rows(String sql, long personId) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).setParameter(1, personId).getResultList()) {
            rows.add(row instanceof Object[] array ? array : new Object[] {row});
        }
        return rows;
    }

    private List<PersonDetail.Membership> memberships(long id) {
        return rows("SELECT m.id, m.unit_id, u.name, m.position_title, m.unit_role, m.leader, m.kind, m.valid_from,"
                + " m.valid_to FROM org_membership m JOIN org_unit u ON u.id = m.unit_id WHERE m.person_id = ?1"
                + " ORDER BY m.valid_from DESC, m.id DESC", id).stream()
                .map(r -> new PersonDetail.Membership(Rows.number(r[0]), Rows.number(r[1]), Rows.string(r[2]),
                        Rows.string(r[3]), Rows.string(r[4]), Rows.bool(r[5]), Rows.string(r[6]), Rows.date(r[7]),
                        Rows.date(r[8])))
                .toList();
    }

    private List<PersonDetail.GradeAppointment> grades(long id) {
        return rows("SELECT a.grade_code, g.name, a.appointed_on, a.ended_on FROM org_grade_appointment a"
                + " JOIN org_grade g ON g.code = a.grade_code WHERE a.person_id = ?1 ORDER BY a.appointed_on DESC", id)
                .stream()
                .map(r -> new PersonDetail.GradeAppointment(Rows.string(r[0]), Rows.string(r[1]), Rows.date(r[2]),
                        Rows.date(r[3])))
                .toList();
    }

    private List<PersonDetail.Qualification> qualifications(long id) {
        return rows("SELECT kind, name, level, field, institution, country, language_of_instruction, full_time,"
                + " issued_on, expires_on, framework_level, score FROM org_qualification WHERE person_id = ?1"
                + " ORDER BY issued_on DESC", id).stream()
                .map(r -> new PersonDetail.Qualification(Rows.string(r[0]), Rows.string(r[1]), Rows.string(r[2]),
                        Rows.string(r[3]), Rows.string(r[4]), Rows.string(r[5]), Rows.string(r[6]),
                        Rows.nullableBool(r[7]), Rows.date(r[8]), Rows.date(r[9]), Rows.string(r[10]),
                        Rows.decimal(r[11])))
                .toList();
    }

    private List<PersonDetail.EmulationTitle> emulationTitles(long id) {
        return rows("SELECT title, level, year FROM org_emulation_title WHERE person_id = ?1 ORDER BY year DESC", id)
                .stream()
                .map(r -> new PersonDetail.EmulationTitle(Rows.string(r[0]), Rows.string(r[1]), (int) Rows.number(r[2])))
                .toList();
    }

    private List<PersonDetail.LegalParticipation> legalParticipations(long id) {
        return rows("SELECT title, kind, role, approved_on FROM org_legal_participation WHERE person_id = ?1"
                + " ORDER BY approved_on DESC", id).stream()
                .map(r -> new PersonDetail.LegalParticipation(Rows.string(r[0]), Rows.string(r[1]), Rows.string(r[2]),
                        Rows.date(r[3])))
                .toList();
    }

    private List<PersonDetail.Absence> absences(long id) {
        return rows("SELECT id, kind, start_date, end_date, note FROM org_absence WHERE person_id = ?1"
                + " ORDER BY start_date DESC, id DESC", id).stream()
                .map(r -> new PersonDetail.Absence(Rows.number(r[0]), Rows.string(r[1]), Rows.date(r[2]), Rows.date(r[3]),
                        Rows.string(r[4])))
                .toList();
    }

    private List<PersonDetail.Discipline> disciplines(long id) {
        return rows("SELECT system, measure, in_force_from, in_force_to, decision FROM org_discipline"
                + " WHERE person_id = ?1 ORDER BY in_force_from DESC", id).stream()
                .map(r -> new PersonDetail.Discipline(Rows.string(r[0]), Rows.string(r[1]), Rows.date(r[2]),
                        Rows.date(r[3]), Rows.string(r[4])))
                .toList();
    }

    private List<PersonDetail.Inspection> inspections(long id) {
        return rows("SELECT kind, start_date, end_date, conclusion FROM org_inspection WHERE person_id = ?1"
                + " ORDER BY start_date DESC", id).stream()
                .map(r -> new PersonDetail.Inspection(Rows.string(r[0]), Rows.date(r[1]), Rows.date(r[2]),
                        Rows.string(r[3])))
                .toList();
    }

    private List<PersonDetail.Revision> revisions(long id) {
        return rows("SELECT changed_at, changed_by, reason, before_json, after_json FROM org_person_revision"
                + " WHERE person_id = ?1 ORDER BY changed_at DESC, id DESC", id).stream()
                .map(r -> new PersonDetail.Revision(Rows.dateTime(r[0]), Rows.string(r[1]), Rows.string(r[2]),
                        Rows.string(r[3]), Rows.string(r[4])))
                .toList();
    }

    /** Writes the edit if the stored version is still the one the editor saw; true when written. */
    public boolean update(vn.danhgia.organization.api.people.PersonEdit edit) {
        return em.createNativeQuery("UPDATE org_person SET full_name = ?1, search_name = ?2, birth_date = ?3, sex = ?4,"
                        + " ethnicity = ?5, minority_area = ?6, category = ?7, standing_committee_managed = ?8,"
                        + " updated_at = NOW(6), version = version + 1 WHERE id = ?9 AND version = ?10")
                .setParameter(1, VietnameseText.normalize(edit.fullName()))
                .setParameter(2, VietnameseText.fold(edit.fullName()))
                .setParameter(3, edit.birthDate()).setParameter(4, edit.sex())
                .setParameter(5, VietnameseText.normalize(edit.ethnicity())).setParameter(6, edit.minorityArea())
                .setParameter(7, edit.category().name()).setParameter(8, edit.standingCommitteeManaged())
                .setParameter(9, edit.id()).setParameter(10, edit.version())
                .executeUpdate() == 1;
    }

    public void recordRevision(long personId, String by, String reason, String beforeJson, String afterJson) {
        em.createNativeQuery("INSERT INTO org_person_revision (person_id, changed_at, changed_by, reason, before_json,"
                        + " after_json) VALUES (?1, NOW(6), ?2, ?3, ?4, ?5)")
                .setParameter(1, personId).setParameter(2, by).setParameter(3, reason)
                .setParameter(4, beforeJson).setParameter(5, afterJson)
                .executeUpdate();
    }

    public List<GradeOption> grades() {
        List<GradeOption> options = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT code, name FROM org_grade ORDER BY kind, code").getResultList()) {
            Object[] r = (Object[]) row;
            options.add(new GradeOption(Rows.string(r[0]), Rows.string(r[1])));
        }
        return options;
    }

}
