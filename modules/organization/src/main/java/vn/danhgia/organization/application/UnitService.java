package vn.danhgia.organization.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.organization.api.NewUnit;
import vn.danhgia.organization.api.OrganizationException;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitView;
import vn.danhgia.organization.domain.Unit;
import vn.danhgia.organization.infrastructure.UnitListReportAssembler;

/** Use cases on units (RULES.md ORG-1). */
@Stateless
public class UnitService implements UnitFacade {

    @PersistenceContext(unitName = "organization")
    private EntityManager em;

    @Override
    public List<UnitView> unitsAsOf(LocalDate date) {
        return em.createQuery("select u from Unit u left join fetch u.parent where u.validFrom <= :d "
                        + "and (u.validTo is null or u.validTo > :d) order by u.sortPath", Unit.class)
                .setParameter("d", date)
                .getResultStream()
                .map(UnitService::toView)
                .toList();
    }

    @Inject
    private UnitListReportAssembler unitListReport;

    @Override
    public Map<Long, Integer> headcounts(LocalDate date) {
        Map<Long, Integer> counts = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT unit_id, COUNT(DISTINCT person_id) FROM org_membership"
                        + " WHERE kind IN ('PRIMARY', 'SECONDMENT') AND valid_from <= ?1"
                        + " AND (valid_to IS NULL OR valid_to > ?1) GROUP BY unit_id")
                .setParameter(1, date).getResultList()) {
            Object[] r = (Object[]) row;
            counts.put(((Number) r[0]).longValue(), ((Number) r[1]).intValue());
        }
        return counts;
    }

    @Override
    public byte[] unitListPdf(LocalDate date) {
        return unitListReport.render(date, unitsAsOf(date));
    }

    @Override
    public UnitView create(NewUnit request) {
        if (findByCode(request.code()) != null) {
            throw new OrganizationException("UNIT_CODE_TAKEN", "Mã đơn vị " + request.code() + " đã tồn tại.");
        }
        Unit parent = null;
        if (request.parentCode() != null && !request.parentCode().isBlank()) {
            parent = findByCode(request.parentCode());
            if (parent == null) {
                throw new OrganizationException("UNIT_PARENT_UNKNOWN",
                        "Không tìm thấy đơn vị cấp trên có mã " + request.parentCode() + ".");
            }
        }
        Unit unit = new Unit(request.code(), request.name(), request.unitType(), request.kind(), request.block(), parent,
                request.validFrom());
        em.persist(unit);
        em.flush();
        return toView(unit);
    }

    private Unit findByCode(String code) {
        return em.createQuery("select u from Unit u where u.code = :c", Unit.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }

    private static UnitView toView(Unit u) {
        Unit p = u.getParent();
        return new UnitView(u.getId(), u.getCode(), u.getName(), u.getUnitType(), u.getKind(), u.getBlock(),
                p == null ? null : p.getId(), p == null ? null : p.getName(), u.getValidFrom(), u.getValidTo());
    }
}
