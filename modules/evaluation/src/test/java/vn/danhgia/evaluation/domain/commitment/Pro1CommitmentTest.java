package vn.danhgia.evaluation.domain.commitment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.domain.professionalism.CommitmentRule.Group;
import vn.danhgia.evaluation.domain.professionalism.ProRulePack;
import vn.danhgia.evaluation.infrastructure.DefaultRulePacks;

/** PRO-1 on the real PRO rule pack (pro-longbien-2023.json). */
class Pro1CommitmentTest {

    private static final ProRulePack PACK = DefaultRulePacks.pro();
    private static final CommitmentRules RULES = new CommitmentRules(PACK.commitment(), PACK.ref());
    private static final LocalDate JAN_20_2025 = LocalDate.of(2025, 1, 20);

    @Test
    @DisplayName("PRO-1: a school signs by 20/9 and publishes by 25/9; any other unit signs by 20/01 and publishes by 25/01")
    void schoolAndOtherDeadlines() {
        CampaignDeadline school = RULES.deadline(2024, CommitmentRules.groupOf(true), LocalDate.of(2024, 8, 1));
        assertEquals(Group.SCHOOLS, school.group());
        assertEquals(LocalDate.of(2024, 9, 20), school.signBy());
        assertEquals(LocalDate.of(2024, 9, 25), school.publishBy());
        assertFalse(school.override());
        CampaignDeadline office = RULES.deadline(2024, CommitmentRules.groupOf(false), LocalDate.of(2024, 1, 2));
        assertEquals(Group.OTHERS, office.group());
        assertEquals(LocalDate.of(2024, 1, 20), office.signBy());
        assertEquals(LocalDate.of(2024, 1, 25), office.publishBy());
        assertEquals("PRO-1: đơn vị ngoài khối trường học — ký cam kết chậm nhất 20/01/2024, công khai danh sách chậm nhất"
                + " 25/01/2024 (PRO v1)", office.finding().message());
        assertEquals("PRO v1", office.finding().facts().get("rulePack"));
    }

    @Test
    @DisplayName("PRO-1: 2023 overrides the deadline — 28/02/2023 for the units outside the schools block")
    void override2023() {
        CampaignDeadline office = RULES.deadline(2023, Group.OTHERS, LocalDate.of(2026, 11, 23));
        assertEquals(LocalDate.of(2023, 2, 28), office.signBy());
        assertEquals(LocalDate.of(2023, 2, 28), office.publishBy());
        assertTrue(office.override());
        assertTrue(office.finding().message().contains("(hạn riêng của năm 2023)"), office.finding().message());
    }

    @Test
    @DisplayName("PRO-1: 2023 schools have two deadlines — a campaign opened in January takes 28/02, one opened later 20/9")
    void schools2023() {
        assertEquals(LocalDate.of(2023, 2, 28), RULES.deadline(2023, Group.SCHOOLS, LocalDate.of(2023, 1, 16)).signBy());
        CampaignDeadline late = RULES.deadline(2023, Group.SCHOOLS, LocalDate.of(2023, 3, 1));
        assertEquals(LocalDate.of(2023, 9, 20), late.signBy());
        assertFalse(late.override());
        assertEquals(LocalDate.of(2023, 9, 20), RULES.deadline(2023, Group.SCHOOLS, LocalDate.of(2026, 1, 1)).signBy(),
                "all passed: the last one");
    }

    @Test
    @DisplayName("PRO-1: a person on maternity leave of 2 months at signing time is deferred, with the reason")
    void maternityTwoMonthsDeferred() {
        DeferralCheck check = RULES.deferral(List.of(
                new Leave("MATERNITY", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 2, 28))), JAN_20_2025);
        assertTrue(check.deferred());
        assertEquals("Nghỉ thai sản từ 01/01/2025 đến 28/02/2025", check.reason());
        assertEquals("PRO-1: nghỉ thai sản từ 01/01/2025 đến 28/02/2025 (từ 1 tháng trở lên) vào hạn ký 20/01/2025"
                + " — chưa phải ký; ký sau khi hết thời gian nghỉ, vào danh sách bổ sung", check.finding().message());
        assertEquals(CommitmentState.DEFERRED, CommitmentRules.unsignedState(check));
    }

    @Test
    @DisplayName("PRO-1: 3 weeks of leave at signing time is not enough — the person signs by the deadline")
    void threeWeeksNotDeferred() {
        DeferralCheck check = RULES.deferral(List.of(
                new Leave("MATERNITY", LocalDate.of(2025, 1, 10), LocalDate.of(2025, 1, 30))), JAN_20_2025);
        assertFalse(check.deferred());
        assertNull(check.reason());
        assertTrue(check.finding().message().contains("(dưới 1 tháng)"), check.finding().message());
        assertEquals(CommitmentState.NOT_SIGNED, CommitmentRules.unsignedState(check));
    }

    @Test
    @DisplayName("PRO-1: exactly one month defers; leaves that follow each other (sick, then unpaid) count as one")
    void boundaryAndJoinedLeaves() {
        assertTrue(RULES.deferral(List.of(new Leave("SICK", LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 14))),
                JAN_20_2025).deferred(), "15/01–14/02 is one month");
        assertFalse(RULES.deferral(List.of(new Leave("SICK", LocalDate.of(2025, 1, 15), LocalDate.of(2025, 2, 13))),
                JAN_20_2025).deferred(), "15/01–13/02 is a day short");
        DeferralCheck joined = RULES.deferral(List.of(
                new Leave("UNPAID", LocalDate.of(2025, 1, 22), LocalDate.of(2025, 2, 10)),
                new Leave("SICK", LocalDate.of(2025, 1, 6), LocalDate.of(2025, 1, 21))), JAN_20_2025);
        assertTrue(joined.deferred());
        assertEquals(List.of("SICK", "UNPAID"), joined.kinds());
        assertEquals("Nghỉ ốm, nghỉ không lương từ 06/01/2025 đến 10/02/2025", joined.reason());
    }

    @Test
    @DisplayName("PRO-1: a leave over before the sign-by date, starting after it, or of a kind not listed (summer break, training) does not defer")
    void notAtSigningTimeOrNotListed() {
        assertFalse(RULES.deferral(List.of(new Leave("MATERNITY", LocalDate.of(2024, 7, 1), LocalDate.of(2025, 1, 10))),
                JAN_20_2025).deferred());
        assertFalse(RULES.deferral(List.of(new Leave("MATERNITY", LocalDate.of(2025, 1, 21), LocalDate.of(2025, 7, 20))),
                JAN_20_2025).deferred());
        assertFalse(RULES.deferral(List.of(new Leave("TRAINING", LocalDate.of(2025, 1, 1), LocalDate.of(2025, 6, 30))),
                JAN_20_2025).deferred());
        assertFalse(RULES.deferral(List.of(new Leave("SUMMER_BREAK", LocalDate.of(2024, 6, 1), LocalDate.of(2024, 9, 30))),
                LocalDate.of(2024, 9, 20)).deferred());
        assertFalse(RULES.deferral(List.of(), JAN_20_2025).deferred());
        assertEquals(Set.of("MATERNITY", "UNPAID", "SICK", "ANNUAL", "PERSONAL_LONG"),
                PACK.commitment().lateSigningAbsenceKinds(), "the kinds are pack data");
    }

    @Test
    @DisplayName("PRO-1: a deferred person who signs after returning lands on the supplementary list and is not late")
    void signingAfterReturnIsSupplementary() {
        DeferralCheck leave = RULES.deferral(List.of(
                new Leave("MATERNITY", LocalDate.of(2024, 11, 1), LocalDate.of(2025, 4, 30))), JAN_20_2025);
        SigningDecision decision = RULES.decide(LocalDateTime.of(2025, 5, 5, 9, 0), JAN_20_2025, leave, null);
        assertTrue(decision.deferred());
        assertTrue(decision.supplementary());
        assertFalse(decision.late());
        assertEquals(CommitmentList.SUPPLEMENTARY, decision.list());
        assertEquals("Nghỉ thai sản từ 01/11/2024 đến 30/04/2025", decision.deferralReason());
        assertTrue(decision.explanation().endsWith("PRO-1: ký ngày 05/05/2025 sau khi hết thời gian nghỉ — không tính ký"
                + " muộn; vào danh sách bổ sung"), decision.explanation());
    }

    @Test
    @DisplayName("PRO-1: a signature after the deadline is marked late, not refused, and stays on the unit list")
    void lateSignatureMarkedLate() {
        DeferralCheck none = RULES.deferral(List.of(), JAN_20_2025);
        SigningDecision decision = RULES.decide(LocalDateTime.of(2025, 2, 3, 14, 30), JAN_20_2025, none, null);
        assertTrue(decision.late());
        assertFalse(decision.deferred());
        assertFalse(decision.supplementary());
        assertEquals(CommitmentList.UNIT, decision.list());
        assertEquals("PRO-1: ký ngày 03/02/2025, sau hạn 20/01/2025 — ghi nhận ký muộn", decision.explanation());
        assertFalse(decision.findings().get(0).passed());
    }

    @Test
    @DisplayName("PRO-1: signing by the deadline is on time even for someone whose leave covers the deadline")
    void onTimeBeforeLeave() {
        DeferralCheck leave = RULES.deferral(List.of(
                new Leave("MATERNITY", LocalDate.of(2025, 1, 15), LocalDate.of(2025, 7, 14))), JAN_20_2025);
        assertTrue(leave.deferred());
        SigningDecision decision = RULES.decide(LocalDateTime.of(2025, 1, 10, 8, 0), JAN_20_2025, leave, null);
        assertFalse(decision.late());
        assertFalse(decision.deferred());
        assertFalse(decision.supplementary());
        assertNull(decision.deferralReason());
        assertEquals("PRO-1: ký ngày 10/01/2025, trong hạn 20/01/2025", decision.explanation());
    }

    @Test
    @DisplayName("PRO-1: a signature after the unit list was published goes to the supplementary list (late if after the deadline)")
    void afterPublicationSupplementary() {
        DeferralCheck none = RULES.deferral(List.of(), JAN_20_2025);
        SigningDecision decision = RULES.decide(LocalDateTime.of(2025, 1, 27, 10, 0), JAN_20_2025, none,
                LocalDateTime.of(2025, 1, 24, 16, 0));
        assertTrue(decision.late());
        assertTrue(decision.supplementary());
        assertTrue(decision.explanation().contains("danh sách của đơn vị đã công khai ngày 24/01/2025"),
                decision.explanation());
    }

    @Test
    @DisplayName("PRO-1: a list published after its publish-by date is marked late")
    void publishedLate() {
        assertFalse(CommitmentRules.publishedLate(LocalDateTime.of(2025, 1, 25, 23, 59), LocalDate.of(2025, 1, 25)));
        assertTrue(CommitmentRules.publishedLate(LocalDateTime.of(2025, 1, 26, 0, 1), LocalDate.of(2025, 1, 25)));
        assertFalse(CommitmentRules.publishedLate(null, LocalDate.of(2025, 1, 25)));
    }
}
