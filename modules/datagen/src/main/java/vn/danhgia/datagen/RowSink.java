package vn.danhgia.datagen;

import java.sql.SQLException;
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
 * Where generated rows go: kept in memory ({@link Dataset}) or written to the database ({@link JdbcWriter}).
 * A generator emits a unit before anything that references it and a person before his or her facts.
 */
public interface RowSink {

    void unit(UnitRow row) throws SQLException;

    void unitEvent(UnitEventRow row) throws SQLException;

    void person(PersonRow row) throws SQLException;

    void membership(MembershipRow row) throws SQLException;

    void gradeAppointment(GradeAppointmentRow row) throws SQLException;

    void qualification(QualificationRow row) throws SQLException;

    void emulationTitle(EmulationTitleRow row) throws SQLException;

    void legalParticipation(LegalParticipationRow row) throws SQLException;

    void absence(AbsenceRow row) throws SQLException;

    void discipline(DisciplineRow row) throws SQLException;

    void inspection(InspectionRow row) throws SQLException;
}
