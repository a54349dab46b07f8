package vn.danhgia.organization.infrastructure.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import vn.danhgia.organization.api.UnitRole;
import vn.danhgia.organization.api.imports.ImportError;
import vn.danhgia.organization.api.imports.ImportSettings;
import vn.danhgia.organization.api.imports.RowOutcome;
import vn.danhgia.organization.infrastructure.imports.ExistingState.CurrentGrade;
import vn.danhgia.organization.infrastructure.imports.ExistingState.CurrentMembership;
import vn.danhgia.organization.infrastructure.imports.ExistingState.ExistingPerson;
import vn.danhgia.organization.infrastructure.imports.ExistingState.UnitPeriod;

/**
 * Decides, from the rows of a file and what is stored, what an import changes — pure Java, no
 * database. A new staff code is created (person, primary membership from the effective date,
 * grade appointment); a known one gets only the differences: changed own fields (with the
 * before/after values for the revision), a new membership when the unit, position or role
 * changed (the open one ends that day, RULES.md ORG-9), a new grade appointment when the grade
 * changed (ORG-4). A blank cell keeps the stored value. A row identical to what is stored is
 * unchanged, so importing the same file twice changes nothing the second time.
 */
public final class ImportPlanner {

    private final ImportSettings settings;

    public ImportPlanner(ImportSettings settings) {
        this.settings = settings;
    }

    /**
     * @param parsed the rows and the problems found while reading them; rows with problems are
     *               still checked against the stored data (so the report is complete) but never planned
     */
    public ImportPlan plan(ParsedRows parsed, ExistingState state) {
        Set<Integer> rowsWithErrors = new HashSet<>();
        for (ImportError e : parsed.errors()) {
            rowsWithErrors.add(e.row());
        }
        List<PersonChange> changes = new ArrayList<>();
        List<ImportError> errors = new ArrayList<>();
        Map<Integer, RowOutcome> outcomes = new LinkedHashMap<>();
        for (PersonRow row : parsed.rows()) {
            List<ImportError> rowErrors = new ArrayList<>();
            PersonChange change = planRow(row, state, rowErrors);
            errors.addAll(rowErrors);
            if (rowErrors.isEmpty() && !rowsWithErrors.contains(row.row()) && change != null) {
                changes.add(change);
                outcomes.put(row.row(), outcome(change));
            } else {
                outcomes.put(row.row(), RowOutcome.ERROR);
            }
        }
        return new ImportPlan(changes, errors, outcomes);
    }

    private static RowOutcome outcome(PersonChange change) {
        if (change instanceof PersonChange.Create) {
            return RowOutcome.CREATE;
        }
        return change instanceof PersonChange.Update ? RowOutcome.UPDATE : RowOutcome.UNCHANGED;
    }

    private PersonChange planRow(PersonRow row, ExistingState state, List<ImportError> errors) {
        ExistingPerson existing = row.staffCode() == null || row.isInvalid(PersonColumn.STAFF_CODE)
                ? null : state.person(row.codeKey());
        boolean isNew = existing == null && row.staffCode() != null && !row.isInvalid(PersonColumn.STAFF_CODE);

        if (isNew) {
            requireForNew(row, PersonColumn.BIRTH_DATE, row.birthDate(), errors);
            requireForNew(row, PersonColumn.SEX, row.sex(), errors);
            requireForNew(row, PersonColumn.CATEGORY, row.category(), errors);
            requireForNew(row, PersonColumn.UNIT_CODE, row.unitCode(), errors);
        }

        UnitPeriod unit = null;
        if (row.unitCode() != null && !row.isInvalid(PersonColumn.UNIT_CODE) && !row.isInvalid(PersonColumn.EFFECTIVE_DATE)) {
            unit = state.unit(row.unitCode());
            if (unit == null || !unit.validOn(row.effectiveDate())) {
                errors.add(error(row, PersonColumn.UNIT_CODE, row.unitCode(),
                        ImportMessages.unknownUnit(row.unitCode(), row.effectiveDate())));
                unit = null;
            }
        }

        String gradeCode = null;
        if (row.gradeCode() != null && !row.isInvalid(PersonColumn.GRADE_CODE)) {
            gradeCode = state.grade(row.gradeCode());
            if (gradeCode == null) {
                errors.add(error(row, PersonColumn.GRADE_CODE, row.gradeCode(),
                        ImportMessages.unknownGrade(row.gradeCode(), state.gradeCodes())));
            }
        }

        if (existing == null) {
            if (!isNew || !errors.isEmpty()) {
                return null;
            }
            return create(row, unit, gradeCode);
        }
        return update(row, existing, unit, gradeCode, errors);
    }

    private PersonChange create(PersonRow row, UnitPeriod unit, String gradeCode) {
        PersonFields fields = new PersonFields(row.fullName(), row.birthDate(), row.sex(),
                row.ethnicity() == null ? settings.defaultEthnicity() : row.ethnicity(),
                Boolean.TRUE.equals(row.minorityArea()), row.category(), Boolean.TRUE.equals(row.standingCommittee()));
        PersonChange.NewMembership membership = unit == null ? null
                : new PersonChange.NewMembership(unit.id(), unit.code(), row.positionTitle(), roleOf(row), row.effectiveDate());
        PersonChange.GradeChange grade = gradeCode == null ? null
                : new PersonChange.GradeChange(null, null, gradeCode, row.gradeDate());
        return new PersonChange.Create(row, fields, membership, grade);
    }

    private static PersonChange update(PersonRow row, ExistingPerson existing, UnitPeriod unit, String gradeCode,
                                       List<ImportError> errors) {
        PersonFields stored = existing.fields();
        PersonFields wanted = new PersonFields(
                row.fullName() == null ? stored.fullName() : row.fullName(),
                row.birthDate() == null ? stored.birthDate() : row.birthDate(),
                row.sex() == null ? stored.sex() : row.sex(),
                row.ethnicity() == null ? stored.ethnicity() : row.ethnicity(),
                row.minorityArea() == null ? stored.minorityArea() : row.minorityArea(),
                row.category() == null ? stored.category() : row.category(),
                row.standingCommittee() == null ? stored.standingCommittee() : row.standingCommittee());
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        diff("fullName", stored.fullName(), wanted.fullName(), before, after);
        diff("birthDate", iso(stored.birthDate()), iso(wanted.birthDate()), before, after);
        diff("sex", name(stored.sex()), name(wanted.sex()), before, after);
        diff("ethnicity", stored.ethnicity(), wanted.ethnicity(), before, after);
        diff("minorityArea", stored.minorityArea(), wanted.minorityArea(), before, after);
        diff("category", name(stored.category()), name(wanted.category()), before, after);
        diff("standingCommitteeManaged", stored.standingCommittee(), wanted.standingCommittee(), before, after);
        boolean fieldsChanged = !before.isEmpty();

        Long closeMembership = null;
        PersonChange.NewMembership membership = null;
        if (unit != null) {
            CurrentMembership current = existing.membership();
            // a blank role keeps the stored role in the same unit; elsewhere it means a member
            UnitRole role = row.role() == null && current != null && current.unitId() == unit.id()
                    ? current.role() : roleOf(row);
            boolean same = current != null && current.unitId() == unit.id()
                    && Objects.equals(current.positionTitle(), row.positionTitle()) && current.role() == role;
            if (!same) {
                if (current != null && !row.effectiveDate().isAfter(current.validFrom())) {
                    errors.add(error(row, PersonColumn.EFFECTIVE_DATE, ImportMessages.date(row.effectiveDate()),
                            ImportMessages.membershipDateConflict(row.effectiveDate(), current.unitCode(),
                                    current.validFrom())));
                } else {
                    closeMembership = current == null ? null : current.id();
                    membership = new PersonChange.NewMembership(unit.id(), unit.code(), row.positionTitle(), role,
                            row.effectiveDate());
                    if (current != null) {
                        before.put("unitCode", current.unitCode());
                        before.put("positionTitle", current.positionTitle());
                        before.put("unitRole", current.role().name());
                        before.put("membershipFrom", iso(current.validFrom()));
                    }
                    after.put("unitCode", unit.code());
                    after.put("positionTitle", row.positionTitle());
                    after.put("unitRole", role.name());
                    after.put("membershipFrom", iso(row.effectiveDate()));
                }
            }
        }

        PersonChange.GradeChange grade = null;
        if (gradeCode != null && row.gradeDate() != null) {
            CurrentGrade current = existing.grade();
            if (current == null) {
                grade = new PersonChange.GradeChange(null, null, gradeCode, row.gradeDate());
            } else if (current.code().equalsIgnoreCase(gradeCode)) {
                if (!current.appointedOn().equals(row.gradeDate())) {
                    grade = new PersonChange.GradeChange(null, current.id(), gradeCode, row.gradeDate());
                }
            } else if (!row.gradeDate().isAfter(current.appointedOn())) {
                errors.add(error(row, PersonColumn.GRADE_DATE, ImportMessages.date(row.gradeDate()),
                        ImportMessages.gradeDateConflict(row.gradeDate(), current.code(), current.appointedOn())));
            } else {
                grade = new PersonChange.GradeChange(current.id(), null, gradeCode, row.gradeDate());
            }
            if (grade != null) {
                if (current != null) {
                    before.put("gradeCode", current.code());
                    before.put("gradeAppointedOn", iso(current.appointedOn()));
                }
                after.put("gradeCode", gradeCode);
                after.put("gradeAppointedOn", iso(row.gradeDate()));
            }
        }

        if (!errors.isEmpty()) {
            return null;
        }
        if (!fieldsChanged && membership == null && grade == null) {
            return new PersonChange.Unchanged(row, existing);
        }
        return new PersonChange.Update(row, existing, fieldsChanged ? wanted : null, closeMembership, membership, grade,
                before, after);
    }

    private static UnitRole roleOf(PersonRow row) {
        return row.role() == null ? UnitRole.MEMBER : row.role();
    }

    private static void requireForNew(PersonRow row, PersonColumn column, Object value, List<ImportError> errors) {
        if (value == null && !row.isInvalid(column)) {
            errors.add(error(row, column, "", ImportMessages.requiredForNewPerson(column.header(), row.staffCode())));
        }
    }

    private static void diff(String key, Object stored, Object wanted, Map<String, Object> before,
                             Map<String, Object> after) {
        if (!Objects.equals(stored, wanted)) {
            before.put(key, stored);
            after.put(key, wanted);
        }
    }

    private static ImportError error(PersonRow row, PersonColumn column, String value, String message) {
        return new ImportError(row.row(), column.header(), value, message);
    }

    private static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    private static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }
}
