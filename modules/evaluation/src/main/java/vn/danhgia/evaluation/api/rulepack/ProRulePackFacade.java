package vn.danhgia.evaluation.api.rulepack;

import jakarta.ejb.Local;
import java.time.LocalDate;
import java.util.List;

/**
 * The PRO rule packs (RULES.md RP-1, PRO-13): the version shipped with the application (with a clearly labelled
 * SAMPLE criteria set) and the versions an administrator publishes — real criterion texts, thresholds, deadlines.
 * A published version is never changed; a quarter keeps the version it was opened with.
 */
@Local
public interface ProRulePackFacade {

    /** The versions, newest first; the shipped one is listed with {@code shipped = true}. */
    List<PackVersion> versions();

    /** The JSON of a version (to download, edit and publish as the next one). */
    String json(int version);

    /**
     * Validates and publishes the next version. The JSON must be a complete PRO pack whose "version" is the next
     * number; any error (with its place, e.g. {@code forms[1].totalMin}) refuses it with a Vietnamese message and
     * nothing is stored.
     */
    PackVersion publish(String json, String by);

    /** One version: its number, title, effective period, criteria sets (SAMPLE or not), who published it. */
    record PackVersion(int version, String title, LocalDate effectiveFrom, LocalDate effectiveTo,
                       List<String> criteriaSets, boolean sample, boolean shipped, String publishedBy) {
    }
}
