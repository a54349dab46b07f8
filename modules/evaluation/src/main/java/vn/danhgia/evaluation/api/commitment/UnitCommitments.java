package vn.danhgia.evaluation.api.commitment;

import java.util.List;

/**
 * A unit's campaign and its people (RULES.md PRO-1): the people of the unit on the sign-by date (primary
 * membership), sorted by name, then anyone who joined later and signed.
 */
public record UnitCommitments(CampaignView campaign, List<CommitmentRow> rows) {

    public UnitCommitments {
        rows = List.copyOf(rows);
    }

    public long signedCount() {
        return rows.stream().filter(r -> r.status() == CommitmentStatus.SIGNED).count();
    }

    public long notSignedCount() {
        return rows.stream().filter(r -> r.status() == CommitmentStatus.NOT_SIGNED).count();
    }

    public long deferredCount() {
        return rows.stream().filter(r -> r.status() == CommitmentStatus.DEFERRED).count();
    }

    /** The supplementary list: signed people on it, in the order they signed. */
    public List<CommitmentRow> supplementary() {
        return rows.stream().filter(r -> r.signed() && r.supplementary())
                .sorted(java.util.Comparator.comparing(CommitmentRow::signedAt)).toList();
    }
}
