package vn.danhgia.evaluation.domain.professionalism;

import java.util.List;
import java.util.Objects;

/**
 * The criteria texts of a form (RULES.md PRO-13). The documents give only the counts; the texts are
 * entered by an administrator. A {@link Status#SAMPLE} set is for demonstration and says so in its
 * {@code label}, which every screen and report printing the texts must show.
 *
 * @param criteria numbered 1..n in order
 */
public record CriteriaSet(String id, Status status, String label, List<Criterion> criteria) {

    public enum Status {
        /** Texts written for demonstration only ("Bộ tiêu chí mẫu — chỉ để minh họa …"). */
        SAMPLE,
        /** Texts entered by an administrator from the official form. */
        OFFICIAL
    }

    public CriteriaSet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(label, "label");
        criteria = List.copyOf(criteria);
        for (int i = 0; i < criteria.size(); i++) {
            if (criteria.get(i).number() != i + 1) {
                throw new IllegalArgumentException("criteria set " + id + ": criterion at position " + (i + 1)
                        + " is numbered " + criteria.get(i).number() + " (expected 1..n in order)");
            }
        }
    }

    public boolean sample() {
        return status == Status.SAMPLE;
    }

    public long mandatoryCount() {
        return criteria.stream().filter(Criterion::mandatory).count();
    }
}
