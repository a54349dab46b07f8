package vn.danhgia.organization.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import vn.danhgia.organization.api.OrganizationException;
import vn.danhgia.organization.api.people.PersonDetail;
import vn.danhgia.organization.api.people.PersonFactsFacade;
import vn.danhgia.organization.domain.facts.AbsenceRules;
import vn.danhgia.organization.domain.facts.DisciplineRules;
import vn.danhgia.organization.domain.facts.FactText;
import vn.danhgia.organization.domain.facts.GradeRules;
import vn.danhgia.organization.domain.facts.MembershipRules;
import vn.danhgia.organization.domain.facts.QualificationRules;
import vn.danhgia.organization.domain.facts.RecognitionRules;
import vn.danhgia.organization.infrastructure.people.PersonQueries;
import vn.danhgia.platform.audit.AuditAction;
import vn.danhgia.platform.audit.AuditLog;

/**
 * Editing a person's dated facts (RULES.md ORG-4..9), one transaction per use case: the values are
 * checked by the pure rules in {@code domain.facts}, the person's version is checked and bumped
 * first (so concurrent edits of the same person are serialised and a stale page is refused), rows
 * are appended or closed at a date, and the change is written to the audit log.
 */
@Stateless
public class PersonFactsService implements PersonFactsFacade {

    @PersistenceContext(unitName = "organization")
    EntityManager em;

    @Inject
    private PersonQueries queries;

    @EJB
    private AuditLog auditLog;

    @Override
    public PersonDetail transfer(MembershipChange c, String by) {
        List<MembershipRules.Span> existing = memberships(c.personId());
        boolean unitValid = c.unitId() != null && c.from() != null && count("SELECT COUNT(*) FROM org_unit WHERE id = ?1"
                + " AND valid_from <= ?2 AND (valid_to IS NULL OR valid_to > ?2)", c.unitId(), c.from()) == 1;
        check(c.personId(), MembershipRules.problem(c, unitValid, existing));
        lock(c.personId(), c.personVersion());
        List<MembershipRules.Span> closed = MembershipRules.replaced(c, existing);
        for (MembershipRules.Span s : closed) {
            close("UPDATE org_membership SET valid_to = ?1, version = version + 1 WHERE id = ?2 AND valid_to IS NULL",
                    c.from(), s.id());
        }
        em.createNativeQuery("INSERT INTO org_membership (person_id, unit_id, position_title, unit_role, leader, kind,"
                        + " valid_from, valid_to, decision) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, NULL, ?8)")
                .setParameter(1, c.personId()).setParameter(2, c.unitId())
                .setParameter(3, FactText.clean(c.positionTitle())).setParameter(4, c.unitRole())
                .setParameter(5, !"MEMBER".equals(c.unitRole())).setParameter(6, c.kind())
                .setParameter(7, c.from()).setParameter(8, FactText.clean(c.decision()))
                .executeUpdate();
        return audited(c.personId(), by, "Điều động/bổ nhiệm từ " + c.from() + ": đơn vị #" + c.unitId() + ", "
                + FactText.clean(c.positionTitle()) + ", " + c.unitRole() + ", " + c.kind()
                + (c.decision() == null || c.decision().isBlank() ? "" : ", QĐ " + c.decision().strip())
                + (closed.isEmpty() ? "" : "; kết thúc quá trình " + closed.stream().map(s -> "#" + s.id()).toList()
                + " ngày " + c.from()));
    }

    @Override
    public PersonDetail endMembership(MembershipEnd e, String by) {
        MembershipRules.Span span = memberships(e.personId()).stream().filter(s -> s.id() == e.membershipId())
                .findFirst().orElse(null);
        check(e.personId(), MembershipRules.endProblem(e, span));
        lock(e.personId(), e.personVersion());
        close("UPDATE org_membership SET valid_to = ?1, version = version + 1 WHERE id = ?2 AND valid_to IS NULL",
                e.endOn(), e.membershipId());
        return audited(e.personId(), by, "Kết thúc quá trình công tác #" + e.membershipId() + " (đơn vị #"
                + span.unitId() + ", " + span.kind() + ", từ " + span.validFrom() + ") ngày " + e.endOn());
    }

    @Override
    public PersonDetail appointGrade(GradeChange g, String by) {
        List<GradeRules.Appointment> existing = new ArrayList<>();
        for (Object[] r : rows("SELECT id, grade_code, appointed_on, ended_on FROM org_grade_appointment"
                + " WHERE person_id = ?1", g.personId())) {
            existing.add(new GradeRules.Appointment(number(r[0]), (String) r[1], date(r[2]), date(r[3])));
        }
        Set<String> catalogue = new HashSet<>();
        for (Object code : em.createNativeQuery("SELECT code FROM org_grade").getResultList()) {
            catalogue.add(code.toString());
        }
        check(g.personId(), GradeRules.problem(g, catalogue, existing));
        lock(g.personId(), g.personVersion());
        List<GradeRules.Appointment> closed = GradeRules.replaced(existing);
        for (GradeRules.Appointment a : closed) {
            close("UPDATE org_grade_appointment SET ended_on = ?1, version = version + 1 WHERE id = ?2"
                    + " AND ended_on IS NULL", g.appointedOn(), a.id());
        }
        em.createNativeQuery("INSERT INTO org_grade_appointment (person_id, grade_code, appointed_on, decision)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, g.personId()).setParameter(2, g.gradeCode()).setParameter(3, g.appointedOn())
                .setParameter(4, FactText.clean(g.decision())).executeUpdate();
        return audited(g.personId(), by, "Bổ nhiệm ngạch " + g.gradeCode() + " từ " + g.appointedOn()
                + (closed.isEmpty() ? "" : "; kết thúc ngạch " + closed.stream().map(GradeRules.Appointment::gradeCode)
                .toList() + " ngày " + g.appointedOn()));
    }

    @Override
    public PersonDetail addQualification(NewQualification q, String by) {
        check(q.personId(), QualificationRules.problem(q, LocalDate.now()));
        lock(q.personId(), q.personVersion());
        em.createNativeQuery("INSERT INTO org_qualification (person_id, kind, name, level, field, institution, country,"
                        + " language_of_instruction, full_time, issued_on, expires_on, framework_level, score)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13)")
                .setParameter(1, q.personId()).setParameter(2, q.kind()).setParameter(3, FactText.clean(q.name()))
                .setParameter(4, FactText.clean(q.level())).setParameter(5, FactText.clean(q.field()))
                .setParameter(6, FactText.clean(q.institution())).setParameter(7, FactText.clean(q.country()))
                .setParameter(8, FactText.clean(q.languageOfInstruction())).setParameter(9, q.fullTime())
                .setParameter(10, q.issuedOn()).setParameter(11, q.expiresOn())
                .setParameter(12, FactText.clean(q.frameworkLevel())).setParameter(13, q.score())
                .executeUpdate();
        return audited(q.personId(), by, "Thêm bằng cấp, chứng chỉ: " + q.kind() + " — " + FactText.clean(q.name()));
    }

    @Override
    public PersonDetail addEmulationTitle(NewEmulationTitle t, String by) {
        check(t.personId(), RecognitionRules.problem(t, LocalDate.now()));
        lock(t.personId(), t.personVersion());
        em.createNativeQuery("INSERT INTO org_emulation_title (person_id, title, level, year, awarded_on)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, t.personId()).setParameter(2, FactText.clean(t.title()))
                .setParameter(3, FactText.clean(t.level())).setParameter(4, t.year())
                .setParameter(5, t.awardedOn()).executeUpdate();
        return audited(t.personId(), by, "Thêm danh hiệu thi đua, khen thưởng năm " + t.year() + ": "
                + FactText.clean(t.title()) + (FactText.clean(t.level()) == null ? "" : " (" + FactText.clean(t.level()) + ")"));
    }

    @Override
    public PersonDetail addLegalParticipation(NewLegalParticipation l, String by) {
        check(l.personId(), RecognitionRules.problem(l, LocalDate.now()));
        lock(l.personId(), l.personVersion());
        em.createNativeQuery("INSERT INTO org_legal_participation (person_id, title, kind, role, approved_on)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, l.personId()).setParameter(2, FactText.clean(l.title())).setParameter(3, l.kind())
                .setParameter(4, FactText.clean(l.role())).setParameter(5, l.approvedOn()).executeUpdate();
        return audited(l.personId(), by, "Thêm tham gia xây dựng văn bản, đề án: " + l.kind() + " — "
                + FactText.clean(l.title()));
    }

    @Override
    public PersonDetail addAbsence(NewAbsence a, String by) {
        check(a.personId(), AbsenceRules.problem(a));
        lock(a.personId(), a.personVersion());
        em.createNativeQuery("INSERT INTO org_absence (person_id, kind, start_date, end_date, note)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, a.personId()).setParameter(2, a.kind()).setParameter(3, a.startDate())
                .setParameter(4, a.endDate()).setParameter(5, FactText.clean(a.note())).executeUpdate();
        return audited(a.personId(), by, "Thêm kỳ nghỉ " + a.kind() + " từ " + a.startDate() + " đến " + a.endDate());
    }

    @Override
    public PersonDetail removeAbsence(AbsenceRemoval r, String by) {
        AbsenceRules.Stored stored = rows("SELECT id, kind, start_date, end_date, note FROM org_absence WHERE person_id = ?1",
                r.personId()).stream().filter(row -> number(row[0]) == r.absenceId())
                .map(row -> new AbsenceRules.Stored(number(row[0]), (String) row[1], date(row[2]), date(row[3]),
                        row[4] == null ? null : row[4].toString()))
                .findFirst().orElse(null);
        check(r.personId(), AbsenceRules.removalProblem(r, stored));
        lock(r.personId(), r.personVersion());
        close("DELETE FROM org_absence WHERE person_id = ?1 AND id = ?2", r.personId(), r.absenceId());
        return audited(r.personId(), by, AbsenceRules.removalRecord(stored, r.reason()));
    }

    @Override
    public PersonDetail addDiscipline(NewDiscipline d, String by) {
        check(d.personId(), DisciplineRules.problem(d));
        lock(d.personId(), d.personVersion());
        em.createNativeQuery("INSERT INTO org_discipline (person_id, system, measure, in_force_from, in_force_to, decision)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, d.personId()).setParameter(2, d.system()).setParameter(3, FactText.clean(d.measure()))
                .setParameter(4, d.inForceFrom()).setParameter(5, d.inForceTo())
                .setParameter(6, FactText.clean(d.decision())).executeUpdate();
        return audited(d.personId(), by, "Thêm kỷ luật " + d.system() + ": " + FactText.clean(d.measure()) + " từ "
                + d.inForceFrom() + (d.inForceTo() == null ? "" : " đến " + d.inForceTo()));
    }

    @Override
    public PersonDetail addInspection(NewInspection i, String by) {
        check(i.personId(), DisciplineRules.problem(i));
        lock(i.personId(), i.personVersion());
        em.createNativeQuery("INSERT INTO org_inspection (person_id, kind, start_date, end_date, conclusion)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5)")
                .setParameter(1, i.personId()).setParameter(2, i.kind()).setParameter(3, i.startDate())
                .setParameter(4, i.endDate()).setParameter(5, FactText.clean(i.conclusion())).executeUpdate();
        return audited(i.personId(), by, "Thêm thanh tra, kiểm tra " + i.kind() + " từ " + i.startDate()
                + (i.endDate() == null ? "" : " đến " + i.endDate()));
    }

    /** Refuses an unknown person or an invalid value before anything is written. */
    private void check(long personId, String problem) {
        if (count("SELECT COUNT(*) FROM org_person WHERE id = ?1", personId) == 0) {
            throw new OrganizationException("PERSON_NOT_FOUND", "Không tìm thấy người cần sửa.");
        }
        if (problem != null) {
            throw new OrganizationException("INVALID_FACT", problem);
        }
    }

    /** The person's version check: bumps the version if it is still the one the editor saw. */
    private void lock(long personId, long version) {
        int updated = em.createNativeQuery("UPDATE org_person SET version = version + 1, updated_at = NOW(6)"
                        + " WHERE id = ?1 AND version = ?2")
                .setParameter(1, personId).setParameter(2, version).executeUpdate();
        if (updated != 1) {
            throw new OrganizationException("CONCURRENT_CHANGE",
                    "Hồ sơ này vừa được người khác sửa; hãy tải lại trang để xem bản mới rồi sửa lại.");
        }
    }

    /** Closes (or removes) exactly one row; anything else means it changed since it was read. */
    private void close(String sql, Object first, long id) {
        if (em.createNativeQuery(sql).setParameter(1, first).setParameter(2, id).executeUpdate() != 1) {
            throw new OrganizationException("CONCURRENT_CHANGE",
                    "Hồ sơ này vừa được người khác sửa; hãy tải lại trang để xem bản mới rồi sửa lại.");
        }
    }

    private PersonDetail audited(long personId, String by, String what) {
        auditLog.record(by, AuditAction.DATA_CHANGED, "org_person#" + personId, what);
        return queries.detail(personId).orElseThrow();
    }

    private List<MembershipRules.Span> memberships(long personId) {
        List<MembershipRules.Span> spans = new ArrayList<>();
        for (Object[] r : rows("SELECT id, unit_id, kind, valid_from, valid_to FROM org_membership WHERE person_id = ?1",
                personId)) {
            spans.add(new MembershipRules.Span(number(r[0]), number(r[1]), (String) r[2], date(r[3]), date(r[4])));
        }
        return spans;
    }

    private List<Object[]> rows(String sql, long personId) {
        List<Object[]> rows = new ArrayList<>();
        for (Object row : em.createNativeQuery(sql).setParameter(1, personId).getResultList()) {
            rows.add((Object[]) row);
        }
        return rows;
    }

    private long count(String sql, Object... params) {
        var query = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            query.setParameter(i + 1, params[i]);
        }
        return ((Number) query.getSingleResult()).longValue();
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }
}
