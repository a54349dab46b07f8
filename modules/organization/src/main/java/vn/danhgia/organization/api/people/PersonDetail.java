package vn.danhgia.organization.api.people;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import vn.danhgia.organization.api.StaffCategory;

/** Everything the organisation module knows about a person, grouped as on the staff detail tabs. */
public record PersonDetail(long id, String staffCode, String fullName, LocalDate birthDate, String sex,
                           String ethnicity, boolean minorityArea, StaffCategory category,
                           boolean standingCommitteeManaged, long version,
                           List<Membership> memberships, List<GradeAppointment> grades,
                           List<Qualification> qualifications, List<EmulationTitle> emulationTitles,
                           List<LegalParticipation> legalParticipations, List<Absence> absences,
                           List<Discipline> disciplines, List<Inspection> inspections, List<Revision> revisions) {

    /** ORG-5, ORG-9. */
    public record Membership(long id, long unitId, String unitName, String positionTitle, String unitRole, boolean leader,
                             String kind, LocalDate validFrom, LocalDate validTo) {
    }

    /** ORG-4. */
    public record GradeAppointment(String gradeCode, String gradeName, LocalDate appointedOn, LocalDate endedOn) {
    }

    /** ORG-6. */
    public record Qualification(String kind, String name, String level, String field, String institution,
                                String country, String languageOfInstruction, Boolean fullTime, LocalDate issuedOn,
                                LocalDate expiresOn, String frameworkLevel, BigDecimal score) {
    }

    /** ORG-6. */
    public record EmulationTitle(String title, String level, int year) {
    }

    /** ORG-6. */
    public record LegalParticipation(String title, String kind, String role, LocalDate approvedOn) {
    }

    /** ORG-7. */
    public record Absence(long id, String kind, LocalDate startDate, LocalDate endDate, String note) {
    }

    /** ORG-8. */
    public record Discipline(String system, String measure, LocalDate inForceFrom, LocalDate inForceTo,
                             String decision) {
    }

    /** ORG-8. */
    public record Inspection(String kind, LocalDate startDate, LocalDate endDate, String conclusion) {
    }

    /** History of the person's own fields. */
    public record Revision(LocalDateTime changedAt, String changedBy, String reason, String beforeJson,
                           String afterJson) {
    }
}
