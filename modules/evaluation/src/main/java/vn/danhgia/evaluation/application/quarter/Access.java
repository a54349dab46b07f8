package vn.danhgia.evaluation.application.quarter;

import java.util.ArrayList;
import java.util.List;
import vn.danhgia.evaluation.api.quarter.Viewer;
import vn.danhgia.evaluation.infrastructure.quarter.SheetRecord;

/**
 * Who may see and do what in a quarter (RULES.md PUB-3, PRO-9, PRO-10). {@code own} is the viewer's own sheet in the
 * quarter (null when they have none): it tells their unit. An HR officer working in a focal body sees its block, one
 * working elsewhere their unit; an account that is not a person (or an administrator) sees everything it manages.
 */
final class Access {

    private final Viewer viewer;
    private final SheetRecord own;

    Access(Viewer viewer, SheetRecord own) {
        this.viewer = viewer;
        this.own = own;
    }

    Viewer viewer() {
        return viewer;
    }

    /** The SQL condition over {@code s} of the sheets the viewer may see, with its parameters (from ?2), or null for all. */
    Condition visible() {
        if (viewer.admin() || viewer.hrOfficer() && viewer.personId() == null) {
            return null;
        }
        if (viewer.personId() == null) {
            return new Condition("1 = 0", List.of());
        }
        List<Object> parameters = new ArrayList<>(List.of(viewer.personId()));
        String condition = "s.person_id = ?2 OR s.evaluator_person_id = ?2 OR s.commenter_person_id = ?2";
        if (viewer.hrOfficer() && own != null) {
            condition += " OR s.focal_unit_id = ?3 OR s.unit_id = ?3";
            parameters.add(own.getUnitId());
        }
        return new Condition(condition, parameters);
    }

    boolean canRead(SheetRecord s) {
        return viewer.admin() || viewer.hrOfficer() && viewer.personId() == null || isPerson(s) || evaluates(s)
                || comments(s) || hrOf(s);
    }

    boolean canSelfAssess(SheetRecord s) {
        return viewer.admin() || isPerson(s);
    }

    boolean canComment(SheetRecord s) {
        return s.getCommenterPersonId() != null && (viewer.admin() || comments(s));
    }

    /** The evaluator decides; a collective evaluator's result is entered by the focal body's HR officer (PRO-11 step 2). */
    boolean canScore(SheetRecord s) {
        return viewer.admin() || evaluates(s) || s.getEvaluatorPersonId() == null && viewer.hrOfficer() && hrOf(s);
    }

    /** PRO-10: the focal body records a district leader's adjustment. */
    boolean canAdjust(SheetRecord s) {
        return viewer.admin() || viewer.hrOfficer() && (viewer.personId() == null || focalOf(s));
    }

    boolean managesUnit(long unitId) {
        return viewer.admin() || viewer.hrOfficer() && (viewer.personId() == null || own != null && own.getUnitId() == unitId);
    }

    boolean managesFocal(Long focalUnitId) {
        return viewer.admin() || viewer.hrOfficer() && (viewer.personId() == null
                || own != null && focalUnitId != null && own.getUnitId() == focalUnitId);
    }

    boolean inUnit(long unitId) {
        return own != null && own.getUnitId() == unitId;
    }

    boolean inFocal(long focalUnitId) {
        return own != null && (own.getUnitId() == focalUnitId || Long.valueOf(focalUnitId).equals(own.getFocalUnitId()));
    }

    private boolean isPerson(SheetRecord s) {
        return viewer.personId() != null && viewer.personId() == s.getPersonId();
    }

    private boolean evaluates(SheetRecord s) {
        return viewer.personId() != null && viewer.personId().equals(s.getEvaluatorPersonId());
    }

    private boolean comments(SheetRecord s) {
        return viewer.personId() != null && viewer.personId().equals(s.getCommenterPersonId());
    }

    private boolean hrOf(SheetRecord s) {
        return viewer.hrOfficer() && own != null && (own.getUnitId() == s.getUnitId() || focalOf(s));
    }

    private boolean focalOf(SheetRecord s) {
        return own != null && s.getFocalUnitId() != null && own.getUnitId() == s.getFocalUnitId();
    }

    record Condition(String sql, List<Object> parameters) {
    }
}
