package vn.danhgia.organization.api;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Dated changes of the unit tree (RULES.md ORG-1, ORG-9) and what they return. Every change closes old rows at
 * the date ({@code valid_to = date}), opens new rows from the date, moves the memberships valid on the date and
 * records an {@code org_unit_event}. {@code expectedVersion} is the unit's version the user saw (optimistic check).
 */
public final class UnitChange {

    private UnitChange() {
    }

    /** A new unit from a date; {@code block} null means the kind's block. */
    public record Create(String code, String name, String unitType, UnitKind kind, Block block, Long parentId,
                         String areaCode, LocalDate validFrom, String legalBasis) {
    }

    /** Rename at a date: the old row closes, a new row with a new code and name opens (same kind and parent). */
    public record Rename(long unitId, long expectedVersion, LocalDate date, String newCode, String newName,
                         String legalBasis) {
    }

    /** A unit being closed, with the version the user saw. */
    public record Source(long unitId, long expectedVersion) {
    }

    /**
     * Merge several units of one block into a new unit at a date. When {@code newHeadPersonId} is given, that
     * person stays head and the other heads become deputies; when null, roles are kept as they were.
     * {@code kind}/{@code unitType} null mean those of the first source.
     */
    public record Merge(List<Source> sources, LocalDate date, String code, String name, String unitType,
                        UnitKind kind, Long parentId, String areaCode, Long newHeadPersonId, String legalBasis) {
    }

    /** Abolish (close) a unit nobody belongs to on the date. */
    public record Abolish(long unitId, long expectedVersion, LocalDate date, String legalBasis) {
    }

    /** The outcome: the event recorded, the unit opened (null for abolish) and memberships moved. */
    public record Result(long eventId, UnitView newUnit, LocalDate date, int membershipsMoved) {
    }

    /** A head of a unit on a date (candidate to head a merged unit). */
    public record Head(long personId, long unitId, String fullName, String positionTitle) {
    }

    /** One event of a unit's history, with the codes on each side. */
    public record EventView(long id, LocalDate eventDate, String kind, String description, String legalBasis,
                            LocalDateTime createdAt, String createdBy, List<String> fromCodes, List<String> toCodes) {
    }
}
