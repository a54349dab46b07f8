package vn.danhgia.evaluation.domain.professionalism;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Pro3FormChooserTest {

    private static final ProRulePack PACK = Sheet.PACK;

    @Test
    @DisplayName("PRO-3: a unit of 19 staff uses form 04")
    void nineteen() {
        FormChoice choice = FormChooser.choose(false, 19, PACK);
        assertEquals("04", choice.formCode());
        assertEquals("PRO-3: đơn vị có 19 CBCCVC, NLĐ < 20 — dùng mẫu 04", choice.finding().message());
        assertTrue(choice.finding().passed());
        assertEquals("20", choice.finding().facts().get("threshold"));
    }

    @Test
    @DisplayName("PRO-3: a unit of 20 staff uses form 05")
    void twenty() {
        FormChoice choice = FormChooser.choose(false, 20, PACK);
        assertEquals("05", choice.formCode());
        assertEquals("PRO-3: đơn vị có 20 CBCCVC, NLĐ ≥ 20 — dùng mẫu 05", choice.finding().message());
    }

    @ParameterizedTest(name = "unit of {0}")
    @ValueSource(ints = {1, 19, 20, 250})
    @DisplayName("ORG-3, PRO-3: a person managed by the Standing Committee uses form 03 whatever the unit size")
    void standingCommittee(int headcount) {
        FormChoice choice = FormChooser.choose(true, headcount, PACK);
        assertEquals("03", choice.formCode());
        assertEquals("PRO-3: cán bộ diện Ban Thường vụ Thành ủy, Quận ủy quản lý — dùng mẫu 03",
                choice.finding().message());
    }

    @Test
    @DisplayName("PRO-3: the Standing-Committee flag decides even when the headcount is unknown")
    void standingCommitteeUnknownSize() {
        assertEquals("03", FormChooser.choose(true, null, PACK).formCode());
    }

    @Test
    @DisplayName("PRO-3: an unknown headcount chooses no form and says why (never a guess)")
    void unknownSize() {
        FormChoice choice = FormChooser.choose(false, null, PACK);
        assertNull(choice.formCode());
        assertTrue(choice.form().isEmpty());
        assertFalse(choice.finding().passed());
        assertTrue(choice.finding().message().startsWith("PRO-3: chưa có số CBCCVC, NLĐ của đơn vị"));
        assertThrows(IllegalArgumentException.class, () -> FormChooser.choose(false, -1, PACK));
    }
}
