package vn.danhgia.evaluation.application.quarter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.api.quarter.Viewer;
import vn.danhgia.evaluation.infrastructure.quarter.SheetRecord;

/** Who may see and do what on a quarterly sheet (RULES.md PUB-3, PRO-9, PRO-10). */
class Pub3AccessTest {

    private static final long FOCAL = 10;
    private static final long OFFICE = 20;
    private static final long OTHER_OFFICE = 30;
    private static final long HEAD = 100;
    private static final long DEPUTY = 101;
    private static final long STAFF = 102;
    private static final long OTHER_HEAD = 200;
    private static final long HR = 300;

    private final SheetRecord staffSheet = sheet(STAFF, OFFICE, HEAD, DEPUTY);

    @Test
    @DisplayName("PUB-3: the person reads and self-assesses their own sheet but cannot score, comment or adjust it")
    void ownSheet() {
        Access own = new Access(viewer(STAFF, false, false), staffSheet);
        assertTrue(own.canRead(staffSheet));
        assertTrue(own.canSelfAssess(staffSheet));
        assertFalse(own.canScore(staffSheet));
        assertFalse(own.canComment(staffSheet));
        assertFalse(own.canAdjust(staffSheet));
    }

    @Test
    @DisplayName("PRO-9, PUB-3: the evaluator of the chain scores; another unit head can neither read nor score")
    void evaluatorOnlyInTheirChain() {
        Access head = new Access(viewer(HEAD, false, true), sheet(HEAD, OFFICE, null, null));
        assertTrue(head.canRead(staffSheet));
        assertTrue(head.canScore(staffSheet));
        assertFalse(head.canSelfAssess(staffSheet));

        Access other = new Access(viewer(OTHER_HEAD, false, true), sheet(OTHER_HEAD, OTHER_OFFICE, null, null));
        assertFalse(other.canRead(staffSheet));
        assertFalse(other.canScore(staffSheet));
        Access.Condition visible = other.visible();
        assertEquals("s.person_id = ?2 OR s.evaluator_person_id = ?2 OR s.commenter_person_id = ?2", visible.sql());
        assertEquals(List.of(OTHER_HEAD), visible.parameters());
    }

    @Test
    @DisplayName("PRO-3: in a form-05 unit the deputy comments and cannot decide")
    void deputyComments() {
        Access deputy = new Access(viewer(DEPUTY, false, true), sheet(DEPUTY, OFFICE, HEAD, null));
        assertTrue(deputy.canRead(staffSheet));
        assertTrue(deputy.canComment(staffSheet));
        assertFalse(deputy.canScore(staffSheet));
    }

    @Test
    @DisplayName("PUB-3, PRO-10: an HR officer of the focal body sees its block and records adjustments; not other blocks")
    void focalBodyOfficer() {
        Access hr = new Access(viewer(HR, true, false), sheet(HR, FOCAL, null, null));
        assertTrue(hr.canRead(staffSheet));
        assertTrue(hr.canAdjust(staffSheet));
        assertFalse(hr.canScore(staffSheet), "the evaluator is a person: the HR officer does not score for them");
        SheetRecord otherBlock = sheet(STAFF + 1, OTHER_OFFICE, OTHER_HEAD, null, 99L);
        assertFalse(hr.canRead(otherBlock));
        assertFalse(hr.canAdjust(otherBlock));
        assertTrue(hr.visible().sql().contains("s.focal_unit_id = ?3"));
    }

    @Test
    @DisplayName("PUB-3: an administrator sees everything; an account that is not a person and not HR sees nothing")
    void administratorsAndStrangers() {
        assertNull(new Access(new Viewer("admin", null, true, false, false), null).visible());
        Access stranger = new Access(new Viewer("robot", null, false, false, true), null);
        assertEquals("1 = 0", stranger.visible().sql());
        assertFalse(stranger.canRead(staffSheet));
    }

    private static Viewer viewer(long personId, boolean hr, boolean evaluator) {
        return new Viewer("u" + personId, personId, false, hr, evaluator);
    }

    private static SheetRecord sheet(long person, long unit, Long evaluator, Long commenter) {
        return sheet(person, unit, evaluator, commenter, FOCAL);
    }

    private static SheetRecord sheet(long person, long unit, Long evaluator, Long commenter, Long focal) {
        return new SheetRecord(1, person, "S" + person, "Người " + person, "Chuyên viên", unit, "Đơn vị " + unit, "GOVERNMENT",
                focal, "Phòng Nội vụ", "05", "PRO-3", evaluator, evaluator == null ? null : "Trưởng", commenter,
                commenter == null ? null : "Phó");
    }
}
