package vn.danhgia.organization.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import vn.danhgia.organization.api.OrganizationException;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.UnitRole;
import vn.danhgia.organization.api.authority.AuthorityChainView;
import vn.danhgia.organization.api.authority.AuthorityFacade;
import vn.danhgia.organization.api.authority.NewAuthorityOverride;
import vn.danhgia.organization.domain.authority.AuthorityChain;
import vn.danhgia.organization.domain.authority.AuthorityOverride;
import vn.danhgia.organization.domain.authority.AuthorityResolver;
import vn.danhgia.organization.domain.authority.AuthorityRole;
import vn.danhgia.organization.domain.authority.AuthorityTable;
import vn.danhgia.organization.domain.authority.CollectiveHolder;
import vn.danhgia.organization.domain.authority.Evaluated;
import vn.danhgia.organization.domain.authority.EvaluationKind;
import vn.danhgia.organization.domain.authority.Holder;
import vn.danhgia.organization.domain.authority.PersonHolder;
import vn.danhgia.organization.domain.authority.PersonRef;
import vn.danhgia.organization.domain.authority.UnitRef;
import vn.danhgia.organization.infrastructure.authority.AuthorityTableLoader;
import vn.danhgia.organization.infrastructure.authority.DbOrgDirectory;
import vn.danhgia.platform.audit.AuditAction;
import vn.danhgia.platform.audit.AuditLog;
import vn.danhgia.platform.rules.Finding;

/** Resolves and overrides evaluator authority (RULES.md ORG-11, PRO-9, PRO-10). */
@Stateless
public class AuthorityService implements AuthorityFacade {

    private static final AuthorityResolver RESOLVER = new AuthorityResolver();

    /** The PRO-9 table, parsed once (RP-1: the rule pack version is recorded in every chain). */
    private static final class DefaultTable {
        static final AuthorityTable TABLE = AuthorityTableLoader.defaultTable();
    }

    @PersistenceContext(unitName = "organization")
    private EntityManager em;

    @EJB
    private AuditLog auditLog;

    @Override
    public AuthorityChainView chain(long personId, String evaluationKind, LocalDate date) {
        EvaluationKind kind = kind(evaluationKind);
        DbOrgDirectory directory = new DbOrgDirectory(em, date);
        Object[] position = primaryPosition(personId, date);
        if (position == null) {
            String name = personName(personId);
            return new AuthorityChainView(personId, name, kind.name(), date, List.of(),
                    List.of(Finding.fail("ORG-11", name + " không có chức vụ chính tại ngày " + date
                            + ", nên chưa xác định được người đánh giá.")), "", false);
        }
        UnitRef unit = directory.unit(((Number) position[4]).longValue()).orElseThrow();
        Evaluated evaluated = new Evaluated(personId, position[0].toString(), StaffCategory.valueOf(position[1].toString()),
                bool(position[2]), unit, UnitRole.valueOf(position[5].toString()), bool(position[3]),
                String.valueOf(position[6]));
        AuthorityChain chain = RESOLVER.resolve(evaluated, kind, date, DefaultTable.TABLE, directory,
                overrides(personId, unit.id(), kind));
        return view(evaluated.fullName(), chain);
    }

    @Override
    public long override(NewAuthorityOverride o, String by) {
        if (o.reason() == null || o.reason().isBlank()) {
            throw new OrganizationException("OVERRIDE_REASON_REQUIRED", "Ghi đè thẩm quyền phải có lý do.");
        }
        if ((o.unitId() == null) == (o.personId() == null)) {
            throw new OrganizationException("OVERRIDE_SCOPE", "Chọn đúng một đơn vị hoặc một người được ghi đè.");
        }
        if ((o.holderPersonId() == null) == (o.holderCollective() == null || o.holderCollective().isBlank())) {
            throw new OrganizationException("OVERRIDE_HOLDER", "Chọn một người hoặc ghi tên một tập thể giữ thẩm quyền.");
        }
        kind(o.evaluationKind());
        role(o.role());
        em.createNativeQuery("INSERT INTO org_authority_override (unit_id, person_id, evaluation_kind, authority_role,"
                        + " holder_person_id, holder_collective, valid_from, valid_to, reason, created_at, created_by)"
                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)")
                .setParameter(1, o.unitId()).setParameter(2, o.personId()).setParameter(3, o.evaluationKind())
                .setParameter(4, o.role()).setParameter(5, o.holderPersonId())
                .setParameter(6, o.holderPersonId() == null ? o.holderCollective().trim() : null)
                .setParameter(7, o.validFrom()).setParameter(8, o.validTo()).setParameter(9, o.reason().trim())
                .setParameter(10, LocalDateTime.now()).setParameter(11, by)
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        auditLog.record(by, AuditAction.DATA_CHANGED, "org_authority_override#" + id,
                "ORG-11 " + o.role() + " " + o.evaluationKind() + (o.personId() != null ? " person " + o.personId()
                        : " unit " + o.unitId()) + ": " + o.reason());
        return id;
    }

    private Object[] primaryPosition(long personId, LocalDate date) {
        List<?> rows = em.createNativeQuery("SELECT p.full_name, p.category, p.standing_committee_managed,"
                        + " p.district_standing_member, m.unit_id, m.unit_role, m.position_title FROM org_person p"
                        + " JOIN org_membership m ON m.person_id = p.id AND m.kind IN ('PRIMARY', 'SECONDMENT')"
                        + " WHERE p.id = ?1 AND m.valid_from <= ?2 AND (m.valid_to IS NULL OR m.valid_to > ?2)"
                        + " ORDER BY m.kind DESC, m.valid_from DESC")
                .setParameter(1, personId).setParameter(2, date).setMaxResults(1).getResultList();
        return rows.isEmpty() ? null : (Object[]) rows.get(0);
    }

    private String personName(long personId) {
        List<?> rows = em.createNativeQuery("SELECT full_name FROM org_person WHERE id = ?1")
                .setParameter(1, personId).getResultList();
        if (rows.isEmpty()) {
            throw new OrganizationException("PERSON_NOT_FOUND", "Không tìm thấy người có mã số " + personId + ".");
        }
        return rows.get(0).toString();
    }

    private List<AuthorityOverride> overrides(long personId, long unitId, EvaluationKind kind) {
        List<AuthorityOverride> overrides = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT o.id, o.unit_id, o.person_id, o.authority_role, o.holder_person_id,"
                        + " h.full_name, o.holder_collective, o.valid_from, o.valid_to, o.reason, o.created_by"
                        + " FROM org_authority_override o LEFT JOIN org_person h ON h.id = o.holder_person_id"
                        + " WHERE o.evaluation_kind = ?1 AND (o.person_id = ?2 OR o.unit_id = ?3)")
                .setParameter(1, kind.name()).setParameter(2, personId).setParameter(3, unitId).getResultList()) {
            Object[] r = (Object[]) row;
            Holder holder = r[4] != null
                    ? new PersonHolder(new PersonRef(((Number) r[4]).longValue(), r[5].toString(), ""))
                    : new CollectiveHolder(r[6].toString());
            overrides.add(new AuthorityOverride(((Number) r[0]).longValue(), nullableLong(r[1]), nullableLong(r[2]), kind,
                    AuthorityRole.valueOf(r[3].toString()), holder, date(r[7]), date(r[8]), r[9].toString(),
                    r[10].toString()));
        }
        return overrides;
    }

    private static AuthorityChainView view(String name, AuthorityChain chain) {
        List<AuthorityChainView.Assignment> assignments = chain.assignments().stream()
                .map(a -> new AuthorityChainView.Assignment(a.role().name(), a.holder().display(),
                        a.holder() instanceof PersonHolder p ? p.person().id() : null, a.source(), a.explanation()))
                .toList();
        return new AuthorityChainView(chain.personId(), name, chain.kind().name(), chain.date(), assignments,
                chain.findings(), chain.rulePack().toString(), chain.complete());
    }

    private static EvaluationKind kind(String value) {
        try {
            return EvaluationKind.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new OrganizationException("EVALUATION_KIND", "Loại đánh giá không hợp lệ: " + value
                    + " (QUARTERLY_PROFESSIONALISM hoặc ANNUAL_CLASSIFICATION).");
        }
    }

    private static AuthorityRole role(String value) {
        try {
            return AuthorityRole.valueOf(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new OrganizationException("AUTHORITY_ROLE", "Vai trò không hợp lệ: " + value
                    + " (COMMENT, EVALUATE, DECIDE, ADJUST).");
        }
    }

    private static boolean bool(Object value) {
        return value instanceof Boolean b ? b : value != null && ((Number) value).intValue() != 0;
    }

    private static Long nullableLong(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    private static LocalDate date(Object value) {
        return value == null ? null : value instanceof java.sql.Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
