package vn.danhgia.organization.api.people;

import jakarta.ejb.Local;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Editing a person's dated facts (RULES.md ORG-4..9). Every change carries the person's version as
 * shown to the editor: it fails with {@code OrganizationException} code CONCURRENT_CHANGE when someone
 * changed the person in between, or with a Vietnamese message (code INVALID_FACT) when a value is
 * invalid; nothing is saved then. Every accepted change bumps the person's version, is written to the
 * audit log and returns the person as now stored. History is append-only: memberships and grade
 * appointments are closed at a date, never overwritten (ORG-9).
 */
@Local
public interface PersonFactsFacade {

    /** ORG-5, ORG-9: closes the current membership(s) of the same kind at {@code from} and opens the new one. */
    PersonDetail transfer(MembershipChange change, String by);

    /** ORG-9: ends an open membership at a date (valid_to = endOn, exclusive). */
    PersonDetail endMembership(MembershipEnd end, String by);

    /** ORG-4: a new grade appointment; the previous open appointment ends on the new appointment date. */
    PersonDetail appointGrade(GradeChange change, String by);

    /** ORG-6. */
    PersonDetail addQualification(NewQualification qualification, String by);

    /** ORG-6: an emulation title or award (year 1975..next year; the award date, if given, in that year). */
    PersonDetail addEmulationTitle(NewEmulationTitle title, String by);

    /** ORG-6: taking part in drafting a legal document, a project or a research work (approval date not in the future). */
    PersonDetail addLegalParticipation(NewLegalParticipation participation, String by);

    /** ORG-7. */
    PersonDetail addAbsence(NewAbsence absence, String by);

    /** ORG-7: removes an absence entered by mistake; the removed values and the reason go to the audit log. */
    PersonDetail removeAbsence(AbsenceRemoval removal, String by);

    /** ORG-8. */
    PersonDetail addDiscipline(NewDiscipline discipline, String by);

    /** ORG-8. */
    PersonDetail addInspection(NewInspection inspection, String by);

    /** unitRole: HEAD / DEPUTY / MEMBER; kind: PRIMARY / CONCURRENT / SECONDMENT. */
    record MembershipChange(long personId, long personVersion, Long unitId, String positionTitle, String unitRole,
                            String kind, LocalDate from, String decision) {
    }

    record MembershipEnd(long personId, long personVersion, long membershipId, LocalDate endOn) {
    }

    record GradeChange(long personId, long personVersion, String gradeCode, LocalDate appointedOn, String decision) {
    }

    record NewQualification(long personId, long personVersion, String kind, String name, String level, String field,
                            String institution, String country, String languageOfInstruction, Boolean fullTime,
                            LocalDate issuedOn, LocalDate expiresOn, String frameworkLevel, BigDecimal score) {
    }

    record NewEmulationTitle(long personId, long personVersion, String title, String level, Integer year,
                             LocalDate awardedOn) {
    }

    /** kind: LEGAL_DOCUMENT / PROJECT / RESEARCH. */
    record NewLegalParticipation(long personId, long personVersion, String title, String kind, String role,
                                 LocalDate approvedOn) {
    }

    record NewAbsence(long personId, long personVersion, String kind, LocalDate startDate, LocalDate endDate,
                      String note) {
    }

    record AbsenceRemoval(long personId, long personVersion, long absenceId, String reason) {
    }

    /** system: PARTY / GOVERNMENT. */
    record NewDiscipline(long personId, long personVersion, String system, String measure, LocalDate inForceFrom,
                         LocalDate inForceTo, String decision) {
    }

    /** kind: UNDER_INSPECTION / VIOLATION_FOUND. */
    record NewInspection(long personId, long personVersion, String kind, LocalDate startDate, LocalDate endDate,
                         String conclusion) {
    }
}
