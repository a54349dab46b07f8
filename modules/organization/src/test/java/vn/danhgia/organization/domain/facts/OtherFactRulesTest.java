package vn.danhgia.organization.domain.facts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.organization.api.people.PersonFactsFacade.AbsenceRemoval;
import vn.danhgia.organization.api.people.PersonFactsFacade.GradeChange;
import vn.danhgia.organization.api.people.PersonFactsFacade.NewAbsence;
import vn.danhgia.organization.api.people.PersonFactsFacade.NewDiscipline;
import vn.danhgia.organization.api.people.PersonFactsFacade.NewEmulationTitle;
import vn.danhgia.organization.api.people.PersonFactsFacade.NewInspection;
import vn.danhgia.organization.api.people.PersonFactsFacade.NewLegalParticipation;
import vn.danhgia.organization.api.people.PersonFactsFacade.NewQualification;

class OtherFactRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private static final Set<String> GRADES = Set.of("01.002", "01.003");
    private static final GradeRules.Appointment CURRENT =
            new GradeRules.Appointment(5, "01.003", LocalDate.of(2018, 3, 1), null);
    private static final GradeRules.Appointment OLD =
            new GradeRules.Appointment(4, "01.004", LocalDate.of(2012, 3, 1), LocalDate.of(2018, 3, 1));

    @Test
    @DisplayName("ORG-4: a new grade ends the open appointment and must come after every earlier appointment")
    void grades() {
        List<GradeRules.Appointment> history = List.of(CURRENT, OLD);
        assertEquals(List.of(CURRENT), GradeRules.replaced(history));
        assertNull(GradeRules.problem(new GradeChange(1, 0, "01.002", LocalDate.of(2025, 1, 1), null), GRADES, history));
        assertEquals("Mã ngạch 99.999 không có trong danh mục.",
                GradeRules.problem(new GradeChange(1, 0, "99.999", LocalDate.of(2025, 1, 1), null), GRADES, history));
        assertEquals("Hãy nhập ngày bổ nhiệm chính thức.",
                GradeRules.problem(new GradeChange(1, 0, "01.002", null, null), GRADES, history));
        assertEquals("Ngày bổ nhiệm phải sau ngày bổ nhiệm ngạch đã có (01/03/2018); lịch sử không được sửa.",
                GradeRules.problem(new GradeChange(1, 0, "01.002", LocalDate.of(2018, 3, 1), null), GRADES, history));
        assertEquals("Người này đang giữ ngạch 01.003.",
                GradeRules.problem(new GradeChange(1, 0, "01.003", LocalDate.of(2025, 1, 1), null), GRADES, history));
    }

    private static NewQualification qualification(String name, LocalDate issued, LocalDate expires, BigDecimal score) {
        return new NewQualification(1, 0, "FOREIGN_LANGUAGE", name, "B1", null, "ĐH Hà Nội", "Việt Nam", "vi", true,
                issued, expires, "3/6", score);
    }

    @Test
    @DisplayName("ORG-6: a qualification needs a kind and a name; expiry not before issue; score 0..9999.99")
    void qualifications() {
        assertNull(QualificationRules.problem(qualification("Chứng chỉ tiếng Anh B1", LocalDate.of(2020, 1, 1),
                LocalDate.of(2022, 1, 1), new BigDecimal("6.5")), TODAY));
        assertEquals("Tên bằng, chứng chỉ không được để trống.",
                QualificationRules.problem(qualification("", null, null, null), TODAY));
        assertEquals("Ngày cấp không thể ở tương lai.",
                QualificationRules.problem(qualification("A", LocalDate.of(2027, 1, 1), null, null), TODAY));
        assertEquals("Ngày hết hạn phải từ ngày cấp trở đi.", QualificationRules.problem(
                qualification("A", LocalDate.of(2020, 1, 1), LocalDate.of(2019, 1, 1), null), TODAY));
        assertEquals("Điểm phải từ 0 đến 9999,99.",
                QualificationRules.problem(qualification("A", null, null, new BigDecimal("-1")), TODAY));
        assertEquals("Trình độ dài quá 32 ký tự.", QualificationRules.problem(new NewQualification(1, 0, "DEGREE", "A",
                "x".repeat(33), null, null, null, null, null, null, null, null, null), TODAY));
        assertEquals("Hãy chọn loại bằng cấp, chứng chỉ.", QualificationRules.problem(new NewQualification(1, 0, "X",
                "A", null, null, null, null, null, null, null, null, null, null), TODAY));
    }

    @Test
    @DisplayName("ORG-6: an emulation title needs a title and a year 1975..next year; the award date falls in that year")
    void emulationTitles() {
        assertNull(RecognitionRules.problem(new NewEmulationTitle(1, 0, "Chiến sĩ thi đua cơ sở", "Quận", 2025,
                LocalDate.of(2025, 12, 20)), TODAY));
        assertNull(RecognitionRules.problem(new NewEmulationTitle(1, 0, "Lao động tiên tiến", null, 1975, null), TODAY));
        assertNull(RecognitionRules.problem(new NewEmulationTitle(1, 0, "Lao động tiên tiến", null, 2027, null), TODAY));
        assertEquals("Danh hiệu thi đua, khen thưởng không được để trống.",
                RecognitionRules.problem(new NewEmulationTitle(1, 0, " ", null, 2025, null), TODAY));
        assertEquals("Danh hiệu thi đua, khen thưởng dài quá 200 ký tự.",
                RecognitionRules.problem(new NewEmulationTitle(1, 0, "x".repeat(201), null, 2025, null), TODAY));
        assertEquals("Cấp khen thưởng dài quá 64 ký tự.",
                RecognitionRules.problem(new NewEmulationTitle(1, 0, "A", "x".repeat(65), 2025, null), TODAY));
        assertEquals("Hãy nhập năm được công nhận.",
                RecognitionRules.problem(new NewEmulationTitle(1, 0, "A", null, null, null), TODAY));
        assertEquals("Năm được công nhận phải từ 1975 đến 2027.",
                RecognitionRules.problem(new NewEmulationTitle(1, 0, "A", null, 1974, null), TODAY));
        assertEquals("Năm được công nhận phải từ 1975 đến 2027.",
                RecognitionRules.problem(new NewEmulationTitle(1, 0, "A", null, 2028, null), TODAY));
        assertEquals("Ngày công nhận phải thuộc năm 2025.", RecognitionRules.problem(
                new NewEmulationTitle(1, 0, "A", null, 2025, LocalDate.of(2026, 1, 5)), TODAY));
    }

    @Test
    @DisplayName("ORG-6: a legal-document participation needs a kind and a title; approval not in the future")
    void legalParticipations() {
        assertNull(RecognitionRules.problem(new NewLegalParticipation(1, 0, "Đề án chuyển đổi số quận", "PROJECT",
                "Thành viên tổ soạn thảo", TODAY), TODAY));
        assertNull(RecognitionRules.problem(new NewLegalParticipation(1, 0, "Đề tài", "RESEARCH", null, null), TODAY));
        assertEquals("Hãy chọn loại: văn bản quy phạm pháp luật, đề án hoặc đề tài nghiên cứu.",
                RecognitionRules.problem(new NewLegalParticipation(1, 0, "A", "OTHER", null, null), TODAY));
        assertEquals("Hãy chọn loại: văn bản quy phạm pháp luật, đề án hoặc đề tài nghiên cứu.",
                RecognitionRules.problem(new NewLegalParticipation(1, 0, "A", null, null, null), TODAY));
        assertEquals("Tên văn bản, đề án, đề tài không được để trống.",
                RecognitionRules.problem(new NewLegalParticipation(1, 0, null, "LEGAL_DOCUMENT", null, null), TODAY));
        assertEquals("Tên văn bản, đề án, đề tài dài quá 500 ký tự.", RecognitionRules.problem(
                new NewLegalParticipation(1, 0, "x".repeat(501), "LEGAL_DOCUMENT", null, null), TODAY));
        assertEquals("Vai trò dài quá 64 ký tự.", RecognitionRules.problem(
                new NewLegalParticipation(1, 0, "A", "LEGAL_DOCUMENT", "x".repeat(65), null), TODAY));
        assertEquals("Ngày phê duyệt không thể ở tương lai.", RecognitionRules.problem(
                new NewLegalParticipation(1, 0, "A", "LEGAL_DOCUMENT", null, TODAY.plusDays(1)), TODAY));
    }

    @Test
    @DisplayName("ORG-7: an absence ends on or after its start; removing one needs a reason, kept with the removed values")
    void absences() {
        assertNull(AbsenceRules.problem(new NewAbsence(1, 0, "SICK", TODAY, TODAY, null)));
        assertEquals("Hãy chọn loại nghỉ.", AbsenceRules.problem(new NewAbsence(1, 0, "HOLIDAY", TODAY, TODAY, null)));
        assertEquals("Ngày kết thúc nghỉ phải từ ngày bắt đầu trở đi.",
                AbsenceRules.problem(new NewAbsence(1, 0, "SICK", TODAY, TODAY.minusDays(1), null)));
        assertEquals("Hãy nhập ngày kết thúc nghỉ.", AbsenceRules.problem(new NewAbsence(1, 0, "SICK", TODAY, null, null)));
        AbsenceRules.Stored stored = new AbsenceRules.Stored(7, "SICK", LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4), "ốm");
        assertEquals("Lý do xóa không được để trống.", AbsenceRules.removalProblem(new AbsenceRemoval(1, 0, 7, " "), stored));
        assertEquals("Không tìm thấy kỳ nghỉ này của người đang xem.",
                AbsenceRules.removalProblem(new AbsenceRemoval(1, 0, 7, "nhập nhầm"), null));
        assertNull(AbsenceRules.removalProblem(new AbsenceRemoval(1, 0, 7, "nhập nhầm"), stored));
        assertEquals("Xóa kỳ nghỉ #7 nhập nhầm (loại SICK, từ 02/03/2026 đến 04/03/2026, ghi chú: ốm). Lý do: nhập trùng",
                AbsenceRules.removalRecord(stored, " nhập trùng "));
    }

    @Test
    @DisplayName("ORG-8: discipline needs a system, a measure and a start; inspections end on or after their start")
    void disciplineAndInspection() {
        assertNull(DisciplineRules.problem(new NewDiscipline(1, 0, "PARTY", "Khiển trách", TODAY, null, "QĐ 1")));
        assertEquals("Hãy chọn kỷ luật Đảng hoặc kỷ luật chính quyền.",
                DisciplineRules.problem(new NewDiscipline(1, 0, "OTHER", "Khiển trách", TODAY, null, null)));
        assertEquals("Hình thức kỷ luật không được để trống.",
                DisciplineRules.problem(new NewDiscipline(1, 0, "GOVERNMENT", null, TODAY, null, null)));
        assertEquals("Ngày hết hiệu lực phải từ ngày có hiệu lực trở đi.", DisciplineRules.problem(
                new NewDiscipline(1, 0, "GOVERNMENT", "Cảnh cáo", TODAY, TODAY.minusDays(1), null)));
        assertNull(DisciplineRules.problem(new NewInspection(1, 0, "UNDER_INSPECTION", TODAY, null, null)));
        assertEquals("Hãy nhập ngày bắt đầu.",
                DisciplineRules.problem(new NewInspection(1, 0, "VIOLATION_FOUND", null, null, null)));
        assertEquals("Ngày kết thúc phải từ ngày bắt đầu trở đi.",
                DisciplineRules.problem(new NewInspection(1, 0, "VIOLATION_FOUND", TODAY, TODAY.minusDays(1), null)));
    }
}
