package vn.danhgia.evaluation.domain.professionalism;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * The yearly commitment deadlines (RULES.md PRO-1): schools sign by 20/9 and publish by 25/9, other
 * units sign by 20/01 and publish by 25/01; a year may override them (2023: 28/02 for all). A person
 * absent for at least {@code lateSigningAbsenceMinMonths} months at signing time, on leave of one of
 * {@code lateSigningAbsenceKinds} (ORG-7 kinds), signs on return and is put on a supplementary list.
 */
public record CommitmentRule(Deadline schools, Deadline others, List<YearOverride> overrides,
                             int lateSigningAbsenceMinMonths, Set<String> lateSigningAbsenceKinds) {

    public enum Group { SCHOOLS, OTHERS }

    /** How an override acts on the regular deadline of its group and year. */
    public enum Mode {
        /** The override date is the year's only deadline. */
        REPLACE,
        /** The override date is an extra deadline; the regular one still applies. */
        ADD
    }

    public record Deadline(MonthDay signBy, MonthDay publishBy) {
        public Deadline {
            Objects.requireNonNull(signBy, "signBy");
            Objects.requireNonNull(publishBy, "publishBy");
        }
    }

    public record YearOverride(int year, Group group, Mode mode, LocalDate signBy, LocalDate publishBy) {
        public YearOverride {
            Objects.requireNonNull(group, "group");
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(signBy, "signBy");
            Objects.requireNonNull(publishBy, "publishBy");
        }
    }

    /** One deadline pair of a year; {@code override} tells whether it comes from a year override. */
    public record Dated(LocalDate signBy, LocalDate publishBy, boolean override) {
    }

    public CommitmentRule {
        Objects.requireNonNull(schools, "schools");
        Objects.requireNonNull(others, "others");
        overrides = List.copyOf(overrides);
        if (lateSigningAbsenceMinMonths < 1) {
            throw new IllegalArgumentException("commitment.lateSigningAbsenceMinMonths must be ≥ 1");
        }
        lateSigningAbsenceKinds = Set.copyOf(lateSigningAbsenceKinds);
        if (lateSigningAbsenceKinds.isEmpty()) {
            throw new IllegalArgumentException("commitment.lateSigningAbsenceKinds: empty");
        }
    }

    /** The deadlines of a year for a unit of the group, earliest first (2023, other units: 28/02 only). */
    public List<Dated> deadlines(int year, Group group) {
        Deadline regular = group == Group.SCHOOLS ? schools : others;
        List<Dated> result = new ArrayList<>();
        boolean replaced = false;
        for (YearOverride o : overrides) {
            if (o.year() == year && o.group() == group) {
                result.add(new Dated(o.signBy(), o.publishBy(), true));
                replaced |= o.mode() == Mode.REPLACE;
            }
        }
        if (!replaced) {
            result.add(new Dated(regular.signBy().atYear(year), regular.publishBy().atYear(year), false));
        }
        result.sort(Comparator.comparing(Dated::signBy));
        return List.copyOf(result);
    }
}
