package vn.danhgia.organization.domain.authority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.danhgia.organization.api.UnitKind;

/** An in-memory {@link OrgDirectory}: units, heads and deputies, and which ward a unit belongs to. */
final class FakeDirectory implements OrgDirectory {

    private final Map<Long, UnitRef> units = new LinkedHashMap<>();
    private final Map<Long, PersonRef> heads = new HashMap<>();
    private final Map<Long, List<PersonRef>> deputies = new HashMap<>();
    private final Map<Long, String> wardOf = new HashMap<>();

    UnitRef unit(long id, String name, UnitKind kind, int headcount, Long parentId) {
        UnitRef unit = new UnitRef(id, name, kind, headcount, parentId);
        units.put(id, unit);
        return unit;
    }

    UnitRef wardUnit(String ward, long id, String name, UnitKind kind, int headcount) {
        wardOf.put(id, ward);
        return unit(id, name, kind, headcount, null);
    }

    PersonRef head(UnitRef unit, long id, String name, String title) {
        PersonRef p = new PersonRef(id, name, title);
        heads.put(unit.id(), p);
        return p;
    }

    PersonRef deputy(UnitRef unit, long id, String name, String title) {
        PersonRef p = new PersonRef(id, name, title);
        deputies.computeIfAbsent(unit.id(), k -> new ArrayList<>()).add(p);
        return p;
    }

    @Override
    public Optional<PersonRef> head(long unitId, LocalDate date) {
        return Optional.ofNullable(heads.get(unitId));
    }

    @Override
    public List<PersonRef> deputies(long unitId, LocalDate date) {
        return List.copyOf(deputies.getOrDefault(unitId, List.of()));
    }

    @Override
    public Optional<UnitRef> unit(long unitId) {
        return Optional.ofNullable(units.get(unitId));
    }

    @Override
    public Optional<UnitRef> singleUnitOfKind(UnitKind kind, LocalDate date) {
        List<UnitRef> found = units.values().stream().filter(u -> u.kind() == kind && !wardOf.containsKey(u.id())).toList();
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    @Override
    public Optional<UnitRef> wardUnitOfKind(UnitRef unit, UnitKind kind, LocalDate date) {
        String ward = wardOf.get(unit.id());
        if (ward == null) {
            return Optional.empty();
        }
        return units.values().stream().filter(u -> ward.equals(wardOf.get(u.id())) && u.kind() == kind).findFirst();
    }
}
