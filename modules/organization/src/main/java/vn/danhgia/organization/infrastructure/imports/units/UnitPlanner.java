package vn.danhgia.organization.infrastructure.imports.units;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.danhgia.organization.api.Block;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.organization.api.imports.ImportError;
import vn.danhgia.organization.api.imports.RowOutcome;
import vn.danhgia.organization.infrastructure.imports.ImportMessages;

/**
 * Plans a units file against the stored units (RULES.md ORG-1), without a database: resolves
 * parents (stored, or defined anywhere in the file), finds cycles, computes every
 * {@code sort_path} (parent's path + "/" + code, recomputed for the descendants of a moved unit)
 * and orders the writes parents first. A blank optional cell keeps the stored value of a known
 * unit and takes the default for a new one.
 */
public final class UnitPlanner {

    /** Width of {@code org_unit.sort_path}. */
    static final int SORT_PATH_MAX = 500;
    static final String SORT_PATH_FIELD = "sort_path";

    private final LocalDate today;

    public UnitPlanner(LocalDate today) {
        this.today = today;
    }

    /** The unit a file row asks for, once blanks are filled from the stored unit or the defaults. */
    private static final class Target {
        UnitRow row;
        StoredUnit stored;
        String key;
        String code;
        String unitType;
        UnitKind kind;
        Block block;
        String parentKey;
        String areaCode;
        LocalDate from;
        LocalDate to;
        boolean bad;
    }

    public UnitPlan plan(List<UnitRow> rows, List<StoredUnit> storedUnits) {
        Map<String, StoredUnit> stored = new HashMap<>();
        for (StoredUnit s : storedUnits) {
            stored.put(UnitRow.key(s.code()), s);
        }
        Map<String, UnitRow> fileRows = new LinkedHashMap<>();
        for (UnitRow row : rows) {
            if (row.code() != null && !row.isInvalid(UnitColumn.CODE)) {
                fileRows.putIfAbsent(row.codeKey(), row);
            }
        }
        List<ImportError> errors = new ArrayList<>();
        Map<String, Target> targets = new LinkedHashMap<>();
        for (UnitRow row : fileRows.values()) {
            targets.put(row.codeKey(), target(row, stored.get(row.codeKey()), stored, fileRows, errors));
        }

        // cycles, through the parents the file asks for and the stored parents of the others
        boolean cycle = false;
        for (Target t : targets.values()) {
            if (t.parentKey == null || t.parentKey.equals(t.key)) {
                continue;
            }
            List<String> chain = new ArrayList<>();
            chain.add(t.key);
            String current = parentOf(t.parentKey, targets, stored);
            String next = t.parentKey;
            int guard = targets.size() + stored.size() + 1;
            while (next != null && guard-- > 0) {
                if (next.equals(t.key)) {
                    List<String> codes = new ArrayList<>();
                    for (String k : chain) {
                        codes.add(codeOf(k, targets, stored));
                    }
                    codes.add(t.code);
                    error(errors, t, UnitColumn.PARENT_CODE, UnitMessages.cycle(codes));
                    cycle = true;
                    break;
                }
                if (chain.contains(next)) {
                    break;
                }
                chain.add(next);
                next = current;
                current = next == null ? null : parentOf(next, targets, stored);
            }
        }

        Map<Integer, RowOutcome> outcomes = new HashMap<>();
        for (UnitRow row : rows) {
            outcomes.put(row.row(), RowOutcome.ERROR);
        }
        boolean clean = errors.isEmpty() && rows.stream().noneMatch(UnitRow::hasErrors);
        Map<String, String> paths = new HashMap<>();
        if (clean && !cycle) {
            for (String key : targets.keySet()) {
                path(key, targets, stored, paths);
            }
            for (String key : stored.keySet()) {
                path(key, targets, stored, paths);
            }
            for (Target t : targets.values()) {
                if (paths.get(t.key).length() > SORT_PATH_MAX) {
                    error(errors, t, UnitColumn.PARENT_CODE, UnitMessages.pathTooLong(t.code, SORT_PATH_MAX));
                }
            }
            for (Map.Entry<String, StoredUnit> e : stored.entrySet()) {
                if (!targets.containsKey(e.getKey()) && paths.get(e.getKey()).length() > SORT_PATH_MAX) {
                    errors.add(ImportError.ofFile(UnitMessages.pathTooLong(e.getValue().code(), SORT_PATH_MAX)));
                }
            }
        }

        List<UnitChange> changes = new ArrayList<>();
        for (Target t : targets.values()) {
            if (t.bad) {
                continue;
            }
            UnitChange change = change(t, paths.get(t.key));
            outcomes.put(t.row.row(), switch (change.type()) {
                case CREATE -> RowOutcome.CREATE;
                case UPDATE -> RowOutcome.UPDATE;
                default -> RowOutcome.UNCHANGED;
            });
            changes.add(change);
        }
        if (!errors.isEmpty() || !clean || cycle) {
            return new UnitPlan(List.of(), errors, outcomes);
        }
        for (Map.Entry<String, StoredUnit> e : stored.entrySet()) {
            StoredUnit s = e.getValue();
            String path = paths.get(e.getKey());
            if (!targets.containsKey(e.getKey()) && !path.equals(s.sortPath())) {
                changes.add(new UnitChange(UnitChange.Type.PATH, 0, s.id(), s.version(), s.code(), s.name(), s.unitType(),
                        s.kind(), s.block(), UnitRow.key(s.parentCode()), s.areaCode(), s.validFrom(), s.validTo(), path,
                        List.of(SORT_PATH_FIELD)));
            }
        }
        Map<String, Integer> depths = new HashMap<>();
        changes.sort(Comparator.<UnitChange>comparingInt(c -> depth(UnitRow.key(c.code()), targets, stored, depths))
                .thenComparing(UnitChange::sortPath));
        return new UnitPlan(changes, errors, outcomes);
    }

    private Target target(UnitRow row, StoredUnit existing, Map<String, StoredUnit> stored,
                          Map<String, UnitRow> fileRows, List<ImportError> errors) {
        Target t = new Target();
        t.row = row;
        t.stored = existing;
        t.key = row.codeKey();
        t.code = existing != null ? existing.code() : row.code();
        t.bad = row.hasErrors();
        t.kind = row.kind() != null ? row.kind() : existing == null ? null : existing.kind();
        if (t.kind == null && existing == null && !row.isInvalid(UnitColumn.KIND)) {
            error(errors, t, UnitColumn.KIND, UnitMessages.requiredForNewUnit(UnitColumn.KIND.header(), row.code()));
        }
        t.unitType = row.unitType() != null ? row.unitType()
                : existing != null ? existing.unitType() : UnitVocabulary.label(t.kind);
        if (row.block() != null) {
            t.block = row.block();
        } else if (existing != null && t.kind == existing.kind()) {
            t.block = existing.block();
        } else {
            t.block = t.kind == null ? null : t.kind.block();
        }
        if (row.parentCode() != null) {
            t.parentKey = UnitRow.key(row.parentCode());
            if (!row.isInvalid(UnitColumn.PARENT_CODE)) {
                if (t.parentKey.equals(t.key)) {
                    error(errors, t, UnitColumn.PARENT_CODE, UnitMessages.selfParent(row.code()));
                } else if (!stored.containsKey(t.parentKey) && !fileRows.containsKey(t.parentKey)) {
                    error(errors, t, UnitColumn.PARENT_CODE, UnitMessages.unknownParent(row.parentCode()));
                }
            }
        } else {
            t.parentKey = existing == null ? null : UnitRow.key(existing.parentCode());
        }
        t.areaCode = row.areaCode() != null ? row.areaCode() : existing == null ? null : existing.areaCode();
        t.from = row.validFrom() != null ? row.validFrom() : existing != null ? existing.validFrom() : today;
        t.to = row.validTo() != null ? row.validTo() : existing == null ? null : existing.validTo();
        boolean datesRead = !row.isInvalid(UnitColumn.VALID_FROM) && !row.isInvalid(UnitColumn.VALID_TO);
        boolean bothInFile = row.validFrom() != null && row.validTo() != null; // already checked by the reader
        if (datesRead && !bothInFile && t.to != null && !t.to.isAfter(t.from)) {
            error(errors, t, row.validTo() != null ? UnitColumn.VALID_TO : UnitColumn.VALID_FROM,
                    UnitMessages.validToNotAfterFrom(t.to, t.from));
        }
        return t;
    }

    private static UnitChange change(Target t, String path) {
        StoredUnit s = t.stored;
        if (s == null) {
            List<String> all = new ArrayList<>();
            for (UnitColumn column : UnitColumn.values()) {
                all.add(column.header());
            }
            return new UnitChange(UnitChange.Type.CREATE, t.row.row(), null, 0, t.code, t.row.name(), t.unitType, t.kind,
                    t.block, t.parentKey, t.areaCode, t.from, t.to, path, all);
        }
        List<String> changed = new ArrayList<>();
        diff(changed, UnitColumn.NAME, s.name(), t.row.name());
        diff(changed, UnitColumn.UNIT_TYPE, s.unitType(), t.unitType);
        diff(changed, UnitColumn.KIND, s.kind(), t.kind);
        diff(changed, UnitColumn.BLOCK, s.block(), t.block);
        diff(changed, UnitColumn.PARENT_CODE, UnitRow.key(s.parentCode()), t.parentKey);
        diff(changed, UnitColumn.AREA_CODE, s.areaCode(), t.areaCode);
        diff(changed, UnitColumn.VALID_FROM, s.validFrom(), t.from);
        diff(changed, UnitColumn.VALID_TO, s.validTo(), t.to);
        if (path != null && !path.equals(s.sortPath())) {
            changed.add(SORT_PATH_FIELD);
        }
        return new UnitChange(changed.isEmpty() ? UnitChange.Type.UNCHANGED : UnitChange.Type.UPDATE, t.row.row(), s.id(),
                s.version(), s.code(), t.row.name(), t.unitType, t.kind, t.block, t.parentKey, t.areaCode, t.from, t.to,
                path == null ? s.sortPath() : path, changed);
    }

    private static void diff(List<String> changed, UnitColumn column, Object stored, Object planned) {
        if (!Objects.equals(stored, planned)) {
            changed.add(column.header());
        }
    }

    private static String parentOf(String key, Map<String, Target> targets, Map<String, StoredUnit> stored) {
        Target t = targets.get(key);
        if (t != null) {
            return t.parentKey;
        }
        StoredUnit s = stored.get(key);
        return s == null ? null : UnitRow.key(s.parentCode());
    }

    private static String codeOf(String key, Map<String, Target> targets, Map<String, StoredUnit> stored) {
        Target t = targets.get(key);
        if (t != null) {
            return t.code;
        }
        StoredUnit s = stored.get(key);
        return s == null ? key : s.code();
    }

    /** The final path of a unit: the stored one unless the unit or an ancestor moved (no cycle may remain). */
    private static String path(String key, Map<String, Target> targets, Map<String, StoredUnit> stored,
                               Map<String, String> paths) {
        String known = paths.get(key);
        if (known != null) {
            return known;
        }
        StoredUnit s = stored.get(key);
        Target t = targets.get(key);
        String parentKey = parentOf(key, targets, stored);
        String parentPath = parentKey == null ? null : path(parentKey, targets, stored, paths);
        boolean moved = t != null && (s == null || !Objects.equals(parentKey, UnitRow.key(s.parentCode())));
        boolean parentPathChanged = parentKey != null
                && (stored.get(parentKey) == null || !parentPath.equals(stored.get(parentKey).sortPath()));
        String path = s != null && !moved && !parentPathChanged ? s.sortPath()
                : (parentPath == null ? codeOf(key, targets, stored) : parentPath + "/" + codeOf(key, targets, stored));
        paths.put(key, path);
        return path;
    }

    private static int depth(String key, Map<String, Target> targets, Map<String, StoredUnit> stored,
                             Map<String, Integer> depths) {
        Integer known = depths.get(key);
        if (known != null) {
            return known;
        }
        String parentKey = parentOf(key, targets, stored);
        int depth = parentKey == null ? 0 : 1 + depth(parentKey, targets, stored, depths);
        depths.put(key, depth);
        return depth;
    }

    private static void error(List<ImportError> errors, Target t, UnitColumn column, String message) {
        t.bad = true;
        errors.add(new ImportError(t.row.row(), column.header(), value(t.row, column), message));
    }

    private static String value(UnitRow row, UnitColumn column) {
        return switch (column) {
            case CODE -> row.code();
            case KIND -> row.kind() == null ? "" : UnitVocabulary.label(row.kind());
            case PARENT_CODE -> row.parentCode() == null ? "" : row.parentCode();
            case VALID_FROM -> row.validFrom() == null ? "" : ImportMessages.date(row.validFrom());
            case VALID_TO -> row.validTo() == null ? "" : ImportMessages.date(row.validTo());
            default -> "";
        };
    }
}
