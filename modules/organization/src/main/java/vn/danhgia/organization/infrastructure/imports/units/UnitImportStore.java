package vn.danhgia.organization.infrastructure.imports.units;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.danhgia.organization.api.Block;
import vn.danhgia.organization.api.UnitKind;
import vn.danhgia.organization.infrastructure.imports.PersonImportStore;

/**
 * JDBC persistence of units imports on the caller's connection (inside its JTA transaction):
 * loads every unit (a district or a city has at most a few thousand), writes a plan parents first
 * with optimistic locking on {@code version}, and records the attempt in {@code org_import}.
 */
public final class UnitImportStore {

    private final Connection connection;

    public UnitImportStore(Connection connection) {
        this.connection = connection;
    }

    /** A stored unit changed between reading and writing: the import is rolled back. */
    public static final class ConcurrentUnitChange extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String code;

        public ConcurrentUnitChange(String code) {
            super("Concurrent change of unit " + code);
            this.code = code;
        }

        public String code() {
            return code;
        }
    }

    public List<StoredUnit> loadUnits() throws SQLException {
        List<StoredUnit> units = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(
                "SELECT u.id, u.code, u.name, u.unit_type, u.kind, u.block, p.code, u.area_code, u.valid_from, "
                        + "u.valid_to, u.sort_path, u.version FROM org_unit u LEFT JOIN org_unit p ON p.id = u.parent_id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                units.add(new StoredUnit(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        UnitKind.valueOf(rs.getString(5)), Block.valueOf(rs.getString(6)), rs.getString(7),
                        rs.getString(8), rs.getObject(9, LocalDate.class), rs.getObject(10, LocalDate.class),
                        rs.getString(11), rs.getLong(12)));
            }
        }
        return units;
    }

    /**
     * Writes the plan in its order (parents first).
     *
     * @param ids the id of every stored unit by code key; new units' ids are added
     * @throws ConcurrentUnitChange when a unit's version changed since it was read
     */
    public void apply(UnitPlan plan, Map<String, Long> ids) throws SQLException {
        Map<String, Long> idOf = new HashMap<>(ids);
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO org_unit (code, name, unit_type, kind, block, parent_id, area_code, valid_from, valid_to, "
                        + "sort_path, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", Statement.RETURN_GENERATED_KEYS);
             PreparedStatement update = connection.prepareStatement(
                     "UPDATE org_unit SET name = ?, unit_type = ?, kind = ?, block = ?, parent_id = ?, area_code = ?, "
                             + "valid_from = ?, valid_to = ?, sort_path = ?, version = version + 1 "
                             + "WHERE id = ? AND version = ?");
             PreparedStatement path = connection.prepareStatement(
                     "UPDATE org_unit SET sort_path = ?, version = version + 1 WHERE id = ? AND version = ?")) {
            for (UnitChange c : plan.changes()) {
                switch (c.type()) {
                    case CREATE -> {
                        bindFields(insert, c, idOf);
                        insert.executeUpdate();
                        try (ResultSet keys = insert.getGeneratedKeys()) {
                            keys.next();
                            idOf.put(UnitRow.key(c.code()), keys.getLong(1));
                        }
                    }
                    case UPDATE -> {
                        bindFields(update, c, idOf);
                        update.setLong(10, c.id());
                        update.setLong(11, c.version());
                        if (update.executeUpdate() != 1) {
                            throw new ConcurrentUnitChange(c.code());
                        }
                    }
                    case PATH -> {
                        path.setString(1, c.sortPath());
                        path.setLong(2, c.id());
                        path.setLong(3, c.version());
                        if (path.executeUpdate() != 1) {
                            throw new ConcurrentUnitChange(c.code());
                        }
                    }
                    case UNCHANGED -> {
                        // nothing to write
                    }
                }
            }
        }
    }

    /** Ids of the stored units by code key. */
    public static Map<String, Long> ids(List<StoredUnit> units) {
        Map<String, Long> ids = new HashMap<>();
        for (StoredUnit u : units) {
            ids.put(UnitRow.key(u.code()), u.id());
        }
        return ids;
    }

    private static void bindFields(PreparedStatement ps, UnitChange c, Map<String, Long> idOf) throws SQLException {
        int i = 1;
        if (c.type() == UnitChange.Type.CREATE) {
            ps.setString(i++, c.code());
        }
        ps.setString(i++, c.name());
        ps.setString(i++, c.unitType());
        ps.setString(i++, c.kind().name());
        ps.setString(i++, c.block().name());
        Long parentId = c.parentKey() == null ? null : idOf.get(c.parentKey());
        if (c.parentKey() != null && parentId == null) {
            throw new IllegalStateException("Parent " + c.parentKey() + " of " + c.code() + " not written before it");
        }
        if (parentId == null) {
            ps.setNull(i++, Types.BIGINT);
        } else {
            ps.setLong(i++, parentId);
        }
        ps.setString(i++, c.areaCode());
        ps.setObject(i++, c.validFrom());
        if (c.validTo() == null) {
            ps.setNull(i++, Types.DATE);
        } else {
            ps.setObject(i++, c.validTo());
        }
        ps.setString(i, c.sortPath());
    }

    /** Records an attempt in {@code org_import} with kind {@code UNITS}; returns its id. */
    public long recordAttempt(PersonImportStore.Attempt a) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(
                "INSERT INTO org_import (file_name, file_sha256, kind, status, rows_total, rows_created, rows_updated, "
                        + "rows_unchanged, errors_json, imported_at, imported_by) VALUES (?, ?, 'UNITS', ?, ?, ?, ?, ?, ?, ?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, truncate(a.fileName(), 255));
            ps.setString(2, a.sha256());
            ps.setString(3, a.status().name());
            ps.setInt(4, a.rowsTotal());
            ps.setInt(5, a.created());
            ps.setInt(6, a.updated());
            ps.setInt(7, a.unchanged());
            if (a.errorsJson() == null) {
                ps.setNull(8, Types.VARCHAR);
            } else {
                ps.setString(8, a.errorsJson());
            }
            ps.setObject(9, a.at());
            ps.setString(10, truncate(a.by(), 100));
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static String truncate(String value, int max) {
        return value == null || value.length() <= max ? value : value.substring(0, max);
    }
}
