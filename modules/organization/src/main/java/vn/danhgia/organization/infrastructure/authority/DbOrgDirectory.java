package vn.danhgia.organization.infrastructure.authority;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.organization.domain.authority.OrgDirectory;
import vn.danhgia.organization.domain.authority.PersonRef;
import vn.danhgia.organization.domain.authority.UnitRef;

/** The organisation on one date as the authority rules query it, read from the org_ tables. */
public class DbOrgDirectory implements OrgDirectory {

    /** Members counted in a unit's headcount (PRO-3): primary positions and secondments. */
    private static final String HEADCOUNT = "(SELECT COUNT(DISTINCT m.person_id) FROM org_membership m WHERE m.unit_id = u.id"
            + " AND m.kind IN ('PRIMARY', 'SECONDMENT') AND m.valid_from <= ?1 AND (m.valid_to IS NULL OR m.valid_to > ?1))";
    private static final String UNIT = "SELECT u.id, u.name, u.kind, " + HEADCOUNT + ", u.parent_id FROM org_unit u";
    private static final String VALID = " u.valid_from <= ?1 AND (u.valid_to IS NULL OR u.valid_to > ?1)";

    private final EntityManager em;
    private final LocalDate date;

    public DbOrgDirectory(EntityManager em, LocalDate date) {
        this.em = em;
        this.date = date;
    }

    @Override
    public Optional<PersonRef> head(long unitId, LocalDate on) {
        return leaders(unitId, on, "HEAD").stream().findFirst();
    }

    @Override
    public List<PersonRef> deputies(long unitId, LocalDate on) {
        return leaders(unitId, on, "DEPUTY");
    }

    private List<PersonRef> leaders(long unitId, LocalDate on, String role) {
        List<PersonRef> people = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT p.id, p.full_name, m.position_title FROM org_membership m"
                        + " JOIN org_person p ON p.id = m.person_id WHERE m.unit_id = ?2 AND m.unit_role = ?3"
                        + " AND m.valid_from <= ?1 AND (m.valid_to IS NULL OR m.valid_to > ?1) ORDER BY m.kind, p.id")
                .setParameter(1, on).setParameter(2, unitId).setParameter(3, role).getResultList()) {
            Object[] r = (Object[]) row;
            people.add(new PersonRef(((Number) r[0]).longValue(), r[1].toString(), String.valueOf(r[2])));
        }
        return people;
    }

    @Override
    public Optional<UnitRef> unit(long unitId) {
        return units(UNIT + " WHERE u.id = ?2", unitId).stream().findFirst();
    }

    @Override
    public Optional<UnitRef> singleUnitOfKind(UnitKind kind, LocalDate on) {
        List<UnitRef> found = units(UNIT + " WHERE u.kind = ?2 AND" + VALID, kind.name());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @Override
    public Optional<UnitRef> wardUnitOfKind(UnitRef unit, UnitKind kind, LocalDate on) {
        if (unit.kind() == kind) {
            return Optional.of(unit);
        }
        List<UnitRef> found = units(UNIT + " JOIN org_unit w ON w.area_code = u.area_code AND w.id = ?2"
                + " WHERE u.kind = ?3 AND" + VALID, unit.id(), kind.name());
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    private List<UnitRef> units(String sql, Object... parameters) {
        var query = em.createNativeQuery(sql).setParameter(1, date);
        for (int i = 0; i < parameters.length; i++) {
            query.setParameter(i + 2, parameters[i]);
        }
        List<UnitRef> units = new ArrayList<>();
        for (Object row : query.getResultList()) {
            Object[] r = (Object[]) row;
            units.add(new UnitRef(((Number) r[0]).longValue(), r[1].toString(), UnitKind.valueOf(r[2].toString()),
                    ((Number) r[3]).intValue(), r[4] == null ? null : ((Number) r[4]).longValue()));
        }
        return units;
    }
}
