package vn.danhgia.datagen;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import vn.danhgia.datagen.Rows.AbsenceRow;
import vn.danhgia.datagen.Rows.DisciplineRow;
import vn.danhgia.datagen.Rows.EmulationTitleRow;
import vn.danhgia.datagen.Rows.GradeAppointmentRow;
import vn.danhgia.datagen.Rows.InspectionRow;
import vn.danhgia.datagen.Rows.LegalParticipationRow;
import vn.danhgia.datagen.Rows.MembershipRow;
import vn.danhgia.datagen.Rows.PersonRow;
import vn.danhgia.datagen.Rows.QualificationRow;
import vn.danhgia.datagen.Rows.UnitEventRow;
import vn.danhgia.datagen.Rows.UnitRow;

/**
 * Every generated value fits the column sizes and CHECK constraints of the V1/V2 migrations, so a load never
 * fails half-way (it would roll back, but better to know here). Update the limits with the migrations.
 */
class SchemaFitTest {

    @Test
    @DisplayName("Demo and scale rows fit the column lengths and CHECK constraints of org_* tables")
    void rowsFitTheSchema() throws SQLException {
        check(DemoDataset.generate(DemoDataset.DEFAULT_SEED));
        Dataset scale = new Dataset();
        ScaleDataset.generate(scale, 5_000, 3);
        check(scale);
    }

    private static void check(Dataset data) {
        Set<String> kinds = Set.of(Kind.values()).stream().map(Enum::name).collect(java.util.stream.Collectors.toSet());
        for (UnitRow u : data.units()) {
            fit(u.code(), 32, u);
            fit(u.name(), 255, u);
            fit(u.unitType(), 64, u);
            fit(u.kind(), 40, u);
            in(u.kind(), kinds, u);
            in(u.block(), Set.of("PARTY", "GOVERNMENT", "SCHOOL"), u);
            fit(u.sortPath(), 500, u);
            fit(u.areaCode(), 32, u);
        }
        for (UnitEventRow e : data.unitEvents()) {
            in(e.kind(), Set.of("CREATE", "RENAME", "MERGE", "SPLIT", "ABOLISH"), e);
            fit(e.description(), 500, e);
            fit(e.legalBasis(), 255, e);
        }
        for (PersonRow p : data.people()) {
            fit(p.staffCode(), 32, p);
            fit(p.fullName(), 200, p);
            fit(p.searchName(), 200, p);
            in(p.sex(), Set.of("MALE", "FEMALE"), p);
            fit(p.ethnicity(), 64, p);
            in(p.category(), Set.of("CAN_BO", "CONG_CHUC", "VIEN_CHUC", "LDHD", "KHONG_CHUYEN_TRACH"), p);
        }
        for (MembershipRow m : data.memberships()) {
            fit(m.positionTitle(), 200, m);
            in(m.unitRole(), Set.of("HEAD", "DEPUTY", "MEMBER"), m);
            in(m.kind(), Set.of("PRIMARY", "CONCURRENT", "SECONDMENT"), m);
            fit(m.decision(), 100, m);
        }
        for (GradeAppointmentRow g : data.gradeAppointments()) {
            fit(g.gradeCode(), 20, g);
            fit(g.decision(), 100, g);
        }
        for (QualificationRow q : data.qualifications()) {
            in(q.kind(), Set.of("DEGREE", "STATE_MANAGEMENT", "POLITICAL_THEORY", "FOREIGN_LANGUAGE", "IT",
                    "MINORITY_LANGUAGE", "PROFESSIONAL_TRAINING"), q);
            fit(q.name(), 255, q);
            fit(q.level(), 32, q);
            fit(q.field(), 200, q);
            fit(q.institution(), 255, q);
            fit(q.country(), 64, q);
            fit(q.languageOfInstruction(), 32, q);
            fit(q.frameworkLevel(), 8, q);
            assertTrue(q.score() == null || q.score().precision() - q.score().scale() <= 4, q.toString());
        }
        for (EmulationTitleRow e : data.emulationTitles()) {
            fit(e.title(), 200, e);
            fit(e.level(), 64, e);
        }
        for (LegalParticipationRow l : data.legalParticipations()) {
            fit(l.title(), 500, l);
            in(l.kind(), Set.of("LEGAL_DOCUMENT", "PROJECT", "RESEARCH"), l);
            fit(l.role(), 64, l);
        }
        for (AbsenceRow a : data.absences()) {
            in(a.kind(), Set.of("MATERNITY", "SICK", "UNPAID", "ANNUAL", "SUMMER_BREAK", "PERSONAL_LONG", "TRAINING"), a);
            fit(a.note(), 500, a);
            assertTrue(!a.endDate().isBefore(a.startDate()), a.toString());
        }
        for (DisciplineRow d : data.disciplines()) {
            in(d.system(), Set.of("PARTY", "GOVERNMENT"), d);
            fit(d.measure(), 100, d);
            fit(d.decision(), 100, d);
        }
        for (InspectionRow i : data.inspections()) {
            in(i.kind(), Set.of("UNDER_INSPECTION", "VIOLATION_FOUND"), i);
            fit(i.conclusion(), 500, i);
        }
        assertTrue(List.of(data.units(), data.people()).stream().noneMatch(List::isEmpty));
    }

    private static void fit(String value, int max, Object row) {
        assertTrue(value == null || value.length() <= max, "longer than " + max + ": " + value + " in " + row);
    }

    private static void in(String value, Set<String> allowed, Object row) {
        assertTrue(allowed.contains(value), value + " not allowed in " + row);
    }
}
