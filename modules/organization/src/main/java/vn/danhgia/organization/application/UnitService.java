package vn.danhgia.organization.application;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import vn.danhgia.organization.api.Block;
import vn.danhgia.organization.api.UnitChange;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.organization.api.UnitRole;
import vn.danhgia.organization.api.NewUnit;
import vn.danhgia.organization.api.OrganizationException;
import vn.danhgia.organization.api.UnitFacade;
import vn.danhgia.organization.api.UnitView;
import vn.danhgia.organization.domain.Unit;
import vn.danhgia.organization.domain.units.MembershipMove;
import vn.danhgia.organization.domain.units.MembershipSnapshot;
import vn.danhgia.organization.domain.units.UnitChangeRules;
import vn.danhgia.organization.domain.units.UnitSnapshot;
import vn.danhgia.organization.infrastructure.UnitListReportAssembler;
import vn.danhgia.platform.audit.AuditAction;
import vn.danhgia.platform.audit.AuditLog;

/** Use cases on units (RULES.md ORG-1). */
@Stateless
public class UnitService implements UnitFacade {

    @PersistenceContext(unitName = "organization")
    private EntityManager em;

    @Override
    public List<UnitView> unitsAsOf(LocalDate date) {
        Map<Long, Object[]> focals = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT u.id, f.id, f.name FROM org_unit u"
                        + " JOIN org_unit f ON f.id = u.focal_unit_id WHERE u.valid_from <= ?1"
                        + " AND (u.valid_to IS NULL OR u.valid_to > ?1)")
                .setParameter(1, date).getResultList()) {
            Object[] r = (Object[]) row;
            focals.put(((Number) r[0]).longValue(), new Object[] {r[1], r[2]});
        }
        return em.createQuery("select u from Unit u left join fetch u.parent where u.validFrom <= :d "
                        + "and (u.validTo is null or u.validTo > :d) order by u.sortPath", Unit.class)
                .setParameter("d", date)
                .getResultStream()
                .map(u -> toView(u, focals.get(u.getId())))
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
        return view(unit);
    }

    // ---- dated changes of the tree (RULES.md ORG-1, ORG-9): one transaction each, all or nothing ----

    @Resource
    private SessionContext context;

    @EJB
    private AuditLog auditLog;

    @Override
    public Map<Long, Long> versionsAsOf(LocalDate date) {
        Map<Long, Long> versions = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT id, version FROM org_unit WHERE valid_from <= ?1"
                + " AND (valid_to IS NULL OR valid_to > ?1)").setParameter(1, date).getResultList()) {
            Object[] r = (Object[]) row;
            versions.put(((Number) r[0]).longValue(), ((Number) r[1]).longValue());
        }
        return versions;
    }

    @Override
    public UnitChange.Result createAt(UnitChange.Create request) {
        UnitSnapshot parent = request.parentId() == null ? null : snapshot(request.parentId());
        if (request.kind() == null) {
            reject(List.of("Chưa chọn loại cơ quan."));
        }
        reject(UnitChangeRules.checkCreate(request.code(), request.name(), request.validFrom(), parent, this::codeTaken));
        Block block = request.block() == null ? request.kind().block() : request.block();
        String type = blankToNull(request.unitType()) == null ? request.kind().name() : request.unitType().strip();
        Unit unit = open(request.code().strip(), request.name().strip(), type, request.kind(), block,
                request.parentId(), blankToNull(request.areaCode()), null, request.validFrom());
        String description = "Thành lập " + unit.getName() + " (" + unit.getCode() + ")";
        long event = recordEvent(request.validFrom(), "CREATE", description, request.legalBasis(), List.of(),
                List.of(unit.getId()));
        audit("org_unit " + unit.getCode(), description + " từ ngày " + UnitChangeRules.format(request.validFrom()));
        return new UnitChange.Result(event, view(unit), request.validFrom(), 0);
    }

    @Override
    public UnitChange.Result rename(UnitChange.Rename request) {
        UnitSnapshot old = snapshot(request.unitId());
        LocalDate date = request.date();
        UnitSnapshot parent = old.parentId() == null ? null : snapshot(old.parentId());
        reject(date == null ? List.of("Chưa nhập ngày đổi tên.") : UnitChangeRules.checkRename(old, date,
                request.newCode(), request.newName(), parent, childUnits(old.id(), date),
                laterMemberships(old.id(), date), this::codeTaken));
        checkVersion(old, request.expectedVersion());
        Object[] extra = extra(old.id());
        close(old, date);
        Unit unit = open(request.newCode().strip(), request.newName().strip(), (String) extra[0],
                UnitKind.valueOf((String) extra[1]), old.block(), old.parentId(), (String) extra[2],
                extra[3] == null ? null : ((Number) extra[3]).longValue(), date);
        int moved = move(UnitChangeRules.planMoves(memberships(List.of(old.id()), date), date, null), unit.getId(),
                date, request.legalBasis());
        String description = "Đổi tên " + old.name() + " (" + old.code() + ") thành " + unit.getName() + " ("
                + unit.getCode() + ")";
        long event = recordEvent(date, "RENAME", description, request.legalBasis(), List.of(old.id()),
                List.of(unit.getId()));
        audit("org_unit " + old.code() + " -> " + unit.getCode(), description + " từ ngày "
                + UnitChangeRules.format(date) + "; chuyển " + moved + " quá trình công tác");
        return new UnitChange.Result(event, view(unit), date, moved);
    }

    @Override
    public UnitChange.Result merge(UnitChange.Merge request) {
        LocalDate date = request.date();
        List<UnitSnapshot> sources = new ArrayList<>();
        for (UnitChange.Source s : request.sources() == null ? List.<UnitChange.Source>of() : request.sources()) {
            sources.add(snapshot(s.unitId()));
        }
        UnitSnapshot parent = request.parentId() == null ? null : snapshot(request.parentId());
        reject(date == null ? List.of("Chưa nhập ngày hợp nhất.") : UnitChangeRules.checkMerge(sources, date,
                request.code(), request.name(), parent, s -> childUnits(s.id(), date) > 0,
                s -> laterMemberships(s.id(), date) > 0, this::codeTaken));
        for (int i = 0; i < sources.size(); i++) {
            checkVersion(sources.get(i), request.sources().get(i).expectedVersion());
        }
        UnitSnapshot first = sources.get(0);
        Object[] extra = extra(first.id());
        UnitKind kind = request.kind() == null ? UnitKind.valueOf((String) extra[1]) : request.kind();
        String type = blankToNull(request.unitType()) == null ? (String) extra[0] : request.unitType().strip();
        String area = blankToNull(request.areaCode()) == null ? (String) extra[2] : request.areaCode().strip();
        List<MembershipSnapshot> memberships = memberships(sources.stream().map(UnitSnapshot::id).toList(), date);
        if (request.newHeadPersonId() != null && memberships.stream().noneMatch(m -> m.role() == UnitRole.HEAD
                && m.personId() == request.newHeadPersonId())) {
            reject(List.of("Người được chọn làm người đứng đầu không phải cấp trưởng của các đơn vị bị hợp nhất."));
        }
        for (UnitSnapshot s : sources) {
            close(s, date);
        }
        Unit unit = open(request.code().strip(), request.name().strip(), type, kind, first.block(), request.parentId(),
                area, extra[3] == null ? null : ((Number) extra[3]).longValue(), date);
        int moved = move(UnitChangeRules.planMoves(memberships, date, request.newHeadPersonId()), unit.getId(), date,
                request.legalBasis());
        String description = "Hợp nhất " + sources.stream().map(s -> s.name() + " (" + s.code() + ")")
                .collect(Collectors.joining(", ")) + " thành " + unit.getName() + " (" + unit.getCode() + ")";
        long event = recordEvent(date, "MERGE", description, request.legalBasis(),
                sources.stream().map(UnitSnapshot::id).toList(), List.of(unit.getId()));
        audit("org_unit " + unit.getCode(), description + " từ ngày " + UnitChangeRules.format(date) + "; chuyển "
                + moved + " quá trình công tác");
        return new UnitChange.Result(event, view(unit), date, moved);
    }

    @Override
    public UnitChange.Result abolish(UnitChange.Abolish request) {
        UnitSnapshot unit = snapshot(request.unitId());
        LocalDate date = request.date();
        int people = date == null ? 0 : ((Number) em.createNativeQuery("SELECT COUNT(DISTINCT person_id) FROM"
                + " org_membership WHERE unit_id = ?1 AND valid_from <= ?2 AND (valid_to IS NULL OR valid_to > ?2)")
                .setParameter(1, unit.id()).setParameter(2, date).getSingleResult()).intValue();
        reject(date == null ? List.of("Chưa nhập ngày giải thể.") : UnitChangeRules.checkAbolish(unit, date, people,
                childUnits(unit.id(), date), laterMemberships(unit.id(), date)));
        checkVersion(unit, request.expectedVersion());
        close(unit, date);
        String description = "Giải thể " + unit.name() + " (" + unit.code() + ")";
        long event = recordEvent(date, "ABOLISH", description, request.legalBasis(), List.of(unit.id()), List.of());
        audit("org_unit " + unit.code(), description + " từ ngày " + UnitChangeRules.format(date));
        return new UnitChange.Result(event, null, date, 0);
    }

    @Override
    public void setFocalBody(long unitId, long expectedVersion, Long focalUnitId, String by) {
        UnitSnapshot unit = snapshot(unitId);
        UnitSnapshot focal = focalUnitId == null ? null : snapshot(focalUnitId);
        UnitKind focalKind = focal == null ? null : UnitKind.valueOf((String) extra(focal.id())[1]);
        LocalDate today = LocalDate.now();
        reject(UnitChangeRules.checkFocal(unit, focal, focalKind, today));
        checkVersion(unit, expectedVersion);
        Object previous = extra(unit.id())[3];
        em.flush();
        int updated = em.createNativeQuery("UPDATE org_unit SET focal_unit_id = ?1, version = version + 1"
                        + " WHERE id = ?2 AND version = ?3")
                .setParameter(1, focalUnitId).setParameter(2, unit.id()).setParameter(3, unit.version())
                .executeUpdate();
        if (updated != 1) {
            throw concurrent(unit);
        }
        String who = by == null || by.isBlank() ? caller() : truncate(by.strip(), 100);
        auditLog.record(who, AuditAction.DATA_CHANGED, "org_unit " + unit.code(), (focal == null
                ? "Bỏ cơ quan đầu mối của " + unit.name() + " (" + unit.code() + ")"
                : "Đặt cơ quan đầu mối của " + unit.name() + " (" + unit.code() + ") là " + focal.name() + " ("
                        + focal.code() + ")")
                + (previous == null ? "" : "; trước đó: đơn vị #" + ((Number) previous).longValue()));
    }

    @Override
    public List<UnitChange.Head> headsOf(List<Long> unitIds, LocalDate date) {
        if (unitIds == null || unitIds.isEmpty() || date == null) {
            return List.of();
        }
        List<UnitChange.Head> heads = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT m.person_id, m.unit_id, p.full_name, m.position_title"
                        + " FROM org_membership m JOIN org_person p ON p.id = m.person_id WHERE m.unit_id IN ("
                        + ids(unitIds) + ") AND m.unit_role = 'HEAD' AND m.kind = 'PRIMARY' AND m.valid_from <= ?1"
                        + " AND (m.valid_to IS NULL OR m.valid_to > ?1) ORDER BY p.full_name")
                .setParameter(1, date).getResultList()) {
            Object[] r = (Object[]) row;
            heads.add(new UnitChange.Head(((Number) r[0]).longValue(), ((Number) r[1]).longValue(), (String) r[2],
                    (String) r[3]));
        }
        return heads;
    }

    @Override
    public List<UnitChange.EventView> history(long unitId) {
        Map<Long, Object[]> events = new LinkedHashMap<>();
        Map<Long, List<String>> from = new HashMap<>();
        Map<Long, List<String>> to = new HashMap<>();
        for (Object row : em.createNativeQuery("SELECT e.id, e.event_date, e.kind, e.description, e.legal_basis,"
                        + " e.created_at, e.created_by, x.side, u.code FROM org_unit_event e"
                        + " JOIN org_unit_event_unit x ON x.event_id = e.id JOIN org_unit u ON u.id = x.unit_id"
                        + " WHERE e.id IN (SELECT event_id FROM org_unit_event_unit WHERE unit_id = ?1)"
                        + " ORDER BY e.event_date DESC, e.id DESC, u.code")
                .setParameter(1, unitId).getResultList()) {
            Object[] r = (Object[]) row;
            long id = ((Number) r[0]).longValue();
            events.putIfAbsent(id, r);
            ("FROM".equals(r[7]) ? from : to).computeIfAbsent(id, k -> new ArrayList<>()).add((String) r[8]);
        }
        List<UnitChange.EventView> views = new ArrayList<>();
        events.forEach((id, r) -> views.add(new UnitChange.EventView(id, date(r[1]), (String) r[2], (String) r[3],
                (String) r[4], dateTime(r[5]), (String) r[6], from.getOrDefault(id, List.of()),
                to.getOrDefault(id, List.of()))));
        return views;
    }

    private static void reject(List<String> errors) {
        if (!errors.isEmpty()) {
            throw new OrganizationException("UNIT_CHANGE_REJECTED", String.join(" ", errors));
        }
    }

    private void checkVersion(UnitSnapshot unit, long expected) {
        if (unit.version() != expected) {
            throw concurrent(unit);
        }
    }

    private static OrganizationException concurrent(UnitSnapshot unit) {
        return new OrganizationException("UNIT_CHANGED_CONCURRENTLY", "Đơn vị " + unit.code()
                + " vừa được người khác thay đổi. Hãy tải lại trang rồi thực hiện lại.");
    }

    private UnitSnapshot snapshot(long id) {
        List<?> rows = em.createNativeQuery("SELECT id, code, name, block, parent_id, valid_from, valid_to, version"
                + " FROM org_unit WHERE id = ?1").setParameter(1, id).getResultList();
        if (rows.isEmpty()) {
            throw new OrganizationException("UNIT_UNKNOWN", "Không tìm thấy đơn vị (mã số " + id + ").");
        }
        Object[] r = (Object[]) rows.get(0);
        return new UnitSnapshot(((Number) r[0]).longValue(), (String) r[1], (String) r[2], Block.valueOf((String) r[3]),
                r[4] == null ? null : ((Number) r[4]).longValue(), date(r[5]), date(r[6]), ((Number) r[7]).longValue());
    }

    /** unit_type, kind, area_code, focal_unit_id of a unit (not all mapped on the entity). */
    private Object[] extra(long id) {
        return (Object[]) em.createNativeQuery("SELECT unit_type, kind, area_code, focal_unit_id FROM org_unit"
                + " WHERE id = ?1").setParameter(1, id).getSingleResult();
    }

    private boolean codeTaken(String code) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM org_unit WHERE code = ?1").setParameter(1, code)
                .getSingleResult()).longValue() > 0;
    }

    private int childUnits(long id, LocalDate date) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM org_unit WHERE parent_id = ?1"
                + " AND (valid_to IS NULL OR valid_to > ?2)").setParameter(1, id).setParameter(2, date)
                .getSingleResult()).intValue();
    }

    private int laterMemberships(long id, LocalDate date) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM org_membership WHERE unit_id = ?1"
                + " AND valid_from > ?2").setParameter(1, id).setParameter(2, date).getSingleResult()).intValue();
    }

    private List<MembershipSnapshot> memberships(List<Long> unitIds, LocalDate date) {
        List<MembershipSnapshot> result = new ArrayList<>();
        for (Object row : em.createNativeQuery("SELECT id, person_id, unit_id, position_title, unit_role, leader, kind,"
                        + " valid_from, valid_to, version FROM org_membership WHERE unit_id IN (" + ids(unitIds)
                        + ") AND valid_from <= ?1 AND (valid_to IS NULL OR valid_to > ?1) ORDER BY unit_id, id")
                .setParameter(1, date).getResultList()) {
            Object[] r = (Object[]) row;
            result.add(new MembershipSnapshot(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(), (String) r[3], UnitRole.valueOf((String) r[4]), bool(r[5]),
                    (String) r[6], date(r[7]), date(r[8]), ((Number) r[9]).longValue()));
        }
        return result;
    }

    /** Closes a unit at the date, checking its version (optimistic lock on the row being closed). */
    private void close(UnitSnapshot unit, LocalDate date) {
        em.flush();
        int updated = em.createNativeQuery("UPDATE org_unit SET valid_to = ?1, version = version + 1"
                        + " WHERE id = ?2 AND version = ?3 AND valid_to IS NULL")
                .setParameter(1, date).setParameter(2, unit.id()).setParameter(3, unit.version()).executeUpdate();
        if (updated != 1) {
            throw concurrent(unit);
        }
    }

    private Unit open(String code, String name, String type, UnitKind kind, Block block, Long parentId, String area,
                      Long focalId, LocalDate from) {
        Unit parent = parentId == null ? null : em.find(Unit.class, parentId);
        Unit unit = new Unit(code, name, type, kind, block, parent, from);
        em.persist(unit);
        em.flush();
        if (area != null || focalId != null) {
            em.createNativeQuery("UPDATE org_unit SET area_code = ?1, focal_unit_id = ?2 WHERE id = ?3")
                    .setParameter(1, area).setParameter(2, focalId).setParameter(3, unit.getId()).executeUpdate();
        }
        return unit;
    }

    /** Moves memberships to the new unit: close at the date and reopen (same title, kind), or re-point if new. */
    private int move(List<MembershipMove> moves, long newUnitId, LocalDate date, String legalBasis) {
        String decision = truncate(blankToNull(legalBasis), 100);
        for (MembershipMove m : moves) {
            MembershipSnapshot s = m.source();
            int updated;
            if (m.closeOld()) {
                updated = em.createNativeQuery("UPDATE org_membership SET valid_to = ?1, version = version + 1"
                                + " WHERE id = ?2 AND version = ?3")
                        .setParameter(1, date).setParameter(2, s.id()).setParameter(3, s.version()).executeUpdate();
                em.createNativeQuery("INSERT INTO org_membership (person_id, unit_id, position_title, unit_role,"
                                + " leader, kind, valid_from, valid_to, decision, version)"
                                + " VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, 0)")
                        .setParameter(1, s.personId()).setParameter(2, newUnitId).setParameter(3, s.positionTitle())
                        .setParameter(4, m.role().name()).setParameter(5, m.leader()).setParameter(6, s.kind())
                        .setParameter(7, date).setParameter(8, s.validTo()).setParameter(9, decision).executeUpdate();
            } else {
                updated = em.createNativeQuery("UPDATE org_membership SET unit_id = ?1, unit_role = ?2, leader = ?3,"
                                + " version = version + 1 WHERE id = ?4 AND version = ?5")
                        .setParameter(1, newUnitId).setParameter(2, m.role().name()).setParameter(3, m.leader())
                        .setParameter(4, s.id()).setParameter(5, s.version()).executeUpdate();
            }
            if (updated != 1) {
                throw new OrganizationException("MEMBERSHIP_CHANGED_CONCURRENTLY",
                        "Quá trình công tác của một người trong đơn vị vừa được người khác thay đổi. Hãy thực hiện lại.");
            }
        }
        return moves.size();
    }

    private long recordEvent(LocalDate date, String kind, String description, String legalBasis, List<Long> from,
                             List<Long> to) {
        LocalDateTime now = LocalDateTime.now();
        String by = caller();
        em.createNativeQuery("INSERT INTO org_unit_event (event_date, kind, description, legal_basis, created_at,"
                        + " created_by) VALUES (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, date).setParameter(2, kind).setParameter(3, truncate(description, 500))
                .setParameter(4, truncate(blankToNull(legalBasis), 255)).setParameter(5, now).setParameter(6, by)
                .executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT MAX(id) FROM org_unit_event WHERE kind = ?1 AND"
                        + " created_by = ?2 AND event_date = ?3 AND description = ?4")
                .setParameter(1, kind).setParameter(2, by).setParameter(3, date)
                .setParameter(4, truncate(description, 500)).getSingleResult()).longValue();
        for (Long unit : from) {
            link(id, unit, "FROM");
        }
        for (Long unit : to) {
            link(id, unit, "TO");
        }
        return id;
    }

    private void link(long event, long unit, String side) {
        em.createNativeQuery("INSERT INTO org_unit_event_unit (event_id, unit_id, side) VALUES (?1, ?2, ?3)")
                .setParameter(1, event).setParameter(2, unit).setParameter(3, side).executeUpdate();
    }

    private void audit(String target, String detail) {
        auditLog.record(caller(), AuditAction.DATA_CHANGED, target, detail);
    }

    private String caller() {
        String name = context == null || context.getCallerPrincipal() == null ? null
                : context.getCallerPrincipal().getName();
        return name == null || name.isBlank() ? "?" : truncate(name, 100);
    }

    private static String ids(List<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max);
    }

    private static boolean bool(Object o) {
        return o instanceof Boolean b ? b : o instanceof Number n && n.intValue() != 0;
    }

    private static LocalDate date(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDate d ? d : o instanceof java.sql.Date d ? d.toLocalDate()
                : o instanceof java.util.Date d ? new java.sql.Date(d.getTime()).toLocalDate() : LocalDate.parse(o.toString());
    }

    private static LocalDateTime dateTime(Object o) {
        if (o == null) {
            return null;
        }
        return o instanceof LocalDateTime t ? t : o instanceof java.sql.Timestamp t ? t.toLocalDateTime()
                : LocalDateTime.parse(o.toString().replace(' ', 'T'));
    }

    private Unit findByCode(String code) {
        return em.createQuery("select u from Unit u where u.code = :c", Unit.class)
                .setParameter("c", code).getResultStream().findFirst().orElse(null);
    }

    /** The view of one unit, with its focal body as stored (the focal column is not mapped on the entity). */
    private UnitView view(Unit u) {
        List<?> rows = em.createNativeQuery("SELECT f.id, f.name FROM org_unit u JOIN org_unit f ON f.id = u.focal_unit_id"
                + " WHERE u.id = ?1").setParameter(1, u.getId()).getResultList();
        return toView(u, rows.isEmpty() ? null : (Object[]) rows.get(0));
    }

    /** {@code focal}: the focal unit's id and name, or null. */
    private static UnitView toView(Unit u, Object[] focal) {
        Unit p = u.getParent();
        return new UnitView(u.getId(), u.getCode(), u.getName(), u.getUnitType(), u.getKind(), u.getBlock(),
                p == null ? null : p.getId(), p == null ? null : p.getName(), u.getValidFrom(), u.getValidTo(),
                focal == null ? null : ((Number) focal[0]).longValue(), focal == null ? null : (String) focal[1]);
    }
}
