package vn.danhgia.datagen;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * The rows a dataset is made of, one record per table of the organisation module (V1–V3 migrations).
 * Enumerated columns hold the constant names of {@code vn.danhgia.organization.api} ({@code UnitKind},
 * {@code Block}, {@code StaffCategory}, {@code UnitRole}) or the values allowed by the table's CHECK constraint.
 * Units are referenced by code, people by their 0-based index in the dataset; the writer turns both into ids.
 * Date ranges of units and memberships are half-open ({@code validTo} excluded, as in {@code Unit.isValidOn});
 * absences are inclusive ({@code endDate} is the last day off).
 */
public final class Rows {

    private Rows() {
    }

    /**
     * {@code org_unit}. {@code parentCode} and {@code focalCode} are codes of other units (or null);
     * {@code areaCode} (V3, null outside wards) is shared by the bodies of one ward (PRO-9).
     */
    public record UnitRow(String code, String name, String unitType, String kind, String block, String parentCode,
                          String focalCode, String areaCode, LocalDate validFrom, LocalDate validTo, String sortPath) {

        public boolean validOn(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
        }
    }

    /** {@code org_unit_event} with its {@code org_unit_event_unit} rows (FROM and TO unit codes). */
    public record UnitEventRow(int index, LocalDate eventDate, String kind, String description, String legalBasis,
                               List<String> fromUnits, List<String> toUnits) {
    }

    /** {@code org_person}; {@code districtStandingMember} (V3) = Ủy viên Ban Thường vụ Quận ủy (PRO-9 line 1). */
    public record PersonRow(int index, String staffCode, String fullName, String searchName, LocalDate birthDate,
                            String sex, String ethnicity, boolean minorityArea, String category,
                            boolean standingCommitteeManaged, boolean districtStandingMember) {
    }

    /** {@code org_membership}: {@code unitRole} HEAD/DEPUTY/MEMBER, {@code kind} PRIMARY/CONCURRENT/SECONDMENT. */
    public record MembershipRow(int person, String unitCode, String positionTitle, String unitRole, boolean leader,
                                String kind, LocalDate validFrom, LocalDate validTo, String decision) {

        public boolean validOn(LocalDate date) {
            return !date.isBefore(validFrom) && (validTo == null || date.isBefore(validTo));
        }
    }

    /** {@code org_grade_appointment}: official appointment date; {@code endedOn} = the next appointment's date. */
    public record GradeAppointmentRow(int person, String gradeCode, LocalDate appointedOn, LocalDate endedOn,
                                      String decision) {
    }

    /**
     * {@code org_qualification}. Codes used in {@code level}: degrees INTERMEDIATE, COLLEGE, BACHELOR, MASTER,
     * DOCTORATE; state management CHUYEN_VIEN, CHUYEN_VIEN_CHINH; political theory SO_CAP, TRUNG_CAP, CAO_CAP;
     * foreign language = the scheme OLD_ABC, VN_FRAMEWORK, CEFR, IELTS, TOEFL_IBT with the grade in
     * {@code frameworkLevel} (A/B/C, 1–6, A2…C2) and the score in {@code score}; IT CO_BAN (TT 03/2014),
     * NANG_CAO, OLD_ABC (grade in {@code frameworkLevel}); professional training HANG_I..HANG_IV.
     */
    public record QualificationRow(int person, String kind, String name, String level, String field,
                                   String institution, String country, String languageOfInstruction,
                                   Boolean fullTime, LocalDate issuedOn, LocalDate expiresOn, String frameworkLevel,
                                   BigDecimal score) {
    }

    /** {@code org_emulation_title}. */
    public record EmulationTitleRow(int person, String title, String level, int year, LocalDate awardedOn) {
    }

    /** {@code org_legal_participation}: kind LEGAL_DOCUMENT/PROJECT/RESEARCH. */
    public record LegalParticipationRow(int person, String title, String kind, String role, LocalDate approvedOn) {
    }

    /** {@code org_absence}: inclusive dates; kind MATERNITY/SICK/UNPAID/ANNUAL/SUMMER_BREAK/PERSONAL_LONG/TRAINING. */
    public record AbsenceRow(int person, String kind, LocalDate startDate, LocalDate endDate, String note) {
    }

    /** {@code org_discipline}: system PARTY/GOVERNMENT. */
    public record DisciplineRow(int person, String system, String measure, LocalDate inForceFrom,
                                LocalDate inForceTo, String decision) {
    }

    /** {@code org_inspection}: kind UNDER_INSPECTION/VIOLATION_FOUND. */
    public record InspectionRow(int person, String kind, LocalDate startDate, LocalDate endDate, String conclusion) {
    }
}
