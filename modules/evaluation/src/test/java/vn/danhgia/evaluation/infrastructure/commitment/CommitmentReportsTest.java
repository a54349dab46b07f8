package vn.danhgia.evaluation.infrastructure.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.api.commitment.CampaignView;
import vn.danhgia.evaluation.api.commitment.CommitmentRow;
import vn.danhgia.evaluation.api.commitment.CommitmentStatus;

/** The notes printed on forms 01 and 02 (RULES.md PRO-1). */
class CommitmentReportsTest {

    private static final CampaignView CAMPAIGN = new CampaignView(1, 2, "Phòng Tư pháp", 2025, "OTHERS",
            LocalDate.of(2025, 1, 20), LocalDate.of(2025, 1, 25), false, "PRO", 1, "PRO-1: ...",
            LocalDateTime.of(2025, 1, 2, 8, 0), "hr", null, null, false, 0);
    private static final LocalDateTime FEB_3 = LocalDateTime.of(2025, 2, 3, 14, 30);
    private static final String LEAVE = "Nghỉ thai sản từ 01/11/2024 đến 30/04/2025";

    private static CommitmentRow row(CommitmentStatus status, boolean overdue, boolean late, boolean deferred,
                                     boolean supplementary) {
        return new CommitmentRow(7, "LB0007", "Nguyễn Thị Lan", "Chuyên viên", status, overdue,
                status == CommitmentStatus.SIGNED ? FEB_3 : null, status == CommitmentStatus.SIGNED ? "lan.nt" : null,
                late, deferred, deferred ? LEAVE : null, supplementary, null, "PRO-1: ...");
    }

    @Test
    @DisplayName("PRO-1 form 02: the note of each kind of row of the unit list")
    void unitListNotes() {
        assertNull(CommitmentReports.unitListNote(CAMPAIGN, row(CommitmentStatus.SIGNED, false, false, false, false)));
        assertEquals("Ký muộn (hạn 20/01/2025)",
                CommitmentReports.unitListNote(CAMPAIGN, row(CommitmentStatus.SIGNED, false, true, false, false)));
        assertEquals("Ký bổ sung ngày 03/02/2025 (danh sách bổ sung)",
                CommitmentReports.unitListNote(CAMPAIGN, row(CommitmentStatus.SIGNED, false, false, true, true)));
        assertEquals("Chưa phải ký: nghỉ thai sản từ 01/11/2024 đến 30/04/2025; ký sau khi hết thời gian nghỉ",
                CommitmentReports.unitListNote(CAMPAIGN, row(CommitmentStatus.DEFERRED, false, false, true, false)));
        assertEquals("Chưa ký (quá hạn)",
                CommitmentReports.unitListNote(CAMPAIGN, row(CommitmentStatus.NOT_SIGNED, true, false, false, false)));
        assertEquals("Chưa ký",
                CommitmentReports.unitListNote(CAMPAIGN, row(CommitmentStatus.NOT_SIGNED, false, false, false, false)));
    }

    @Test
    @DisplayName("PRO-1: the supplementary list says why; form 01 says how and when it was signed")
    void supplementaryAndSigningNotes() {
        assertEquals(LEAVE + "; ký sau khi hết thời gian nghỉ",
                CommitmentReports.supplementaryNote(row(CommitmentStatus.SIGNED, false, false, true, true)));
        assertEquals("Ký sau khi danh sách đã công khai; ký muộn",
                CommitmentReports.supplementaryNote(row(CommitmentStatus.SIGNED, false, true, false, true)));
        assertEquals("Ký trên hệ thống lúc 14:30 ngày 03/02/2025 (tài khoản lan.nt). Ký muộn: hạn ký 20/01/2025.",
                CommitmentReports.signingNote(CAMPAIGN, row(CommitmentStatus.SIGNED, false, true, false, false)));
        assertEquals("Ký trên hệ thống lúc 14:30 ngày 03/02/2025 (tài khoản lan.nt). Ký sau thời gian nghỉ (nghỉ thai"
                        + " sản từ 01/11/2024 đến 30/04/2025): danh sách bổ sung.",
                CommitmentReports.signingNote(CAMPAIGN, row(CommitmentStatus.SIGNED, false, false, true, true)));
    }
}
