package vn.danhgia.organization.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.organization.api.StaffCategory;
import vn.danhgia.organization.api.people.PersonEdit;

class PersonEditRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    private static PersonEdit edit(String name, LocalDate birth, String reason) {
        return new PersonEdit(1, 0, name, birth, "FEMALE", "Kinh", false, StaffCategory.CONG_CHUC, false, reason);
    }

    @Test
    @DisplayName("ORG-10: a correction needs a name, a past birth date of someone at least 15, and a reason")
    void problems() {
        assertNull(PersonEditRules.problem(edit("Nguyễn Thị Hà", LocalDate.of(1990, 1, 1), "Sửa theo CCCD"), TODAY));
        assertEquals("Họ và tên không được để trống.", PersonEditRules.problem(edit(" ", LocalDate.of(1990, 1, 1), "x"), TODAY));
        assertEquals("Ngày sinh không thể ở tương lai.",
                PersonEditRules.problem(edit("A", LocalDate.of(2027, 1, 1), "x"), TODAY));
        assertEquals("Người sinh ngày 2012-01-01 chưa đủ 15 tuổi.",
                PersonEditRules.problem(edit("A", LocalDate.of(2012, 1, 1), "x"), TODAY));
        assertEquals("Hãy ghi lý do sửa (được lưu vào lịch sử).",
                PersonEditRules.problem(edit("A", LocalDate.of(1990, 1, 1), ""), TODAY));
    }

    @Test
    @DisplayName("The history keeps the fields as JSON, quotes escaped")
    void snapshot() {
        assertEquals("{\"fullName\":\"Hà \\\"Bé\\\"\",\"birthDate\":\"1990-01-01\",\"sex\":\"FEMALE\",\"ethnicity\":\"Kinh\","
                        + "\"minorityArea\":false,\"category\":\"CONG_CHUC\",\"standingCommitteeManaged\":false}",
                PersonEditRules.snapshot(edit("Hà \"Bé\"", LocalDate.of(1990, 1, 1), "x")));
    }
}
