package vn.danhgia.datagen;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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

/** A dataset held in memory: the demo is built here, checked by tests, then {@link #replay replayed} into a writer. */
public final class Dataset implements RowSink {

    private final List<UnitRow> units = new ArrayList<>();
    private final List<UnitEventRow> unitEvents = new ArrayList<>();
    private final List<PersonRow> people = new ArrayList<>();
    private final List<MembershipRow> memberships = new ArrayList<>();
    private final List<GradeAppointmentRow> gradeAppointments = new ArrayList<>();
    private final List<QualificationRow> qualifications = new ArrayList<>();
    private final List<EmulationTitleRow> emulationTitles = new ArrayList<>();
    private final List<LegalParticipationRow> legalParticipations = new ArrayList<>();
    private final List<AbsenceRow> absences = new ArrayList<>();
    private final List<DisciplineRow> disciplines = new ArrayList<>();
    private final List<InspectionRow> inspections = new ArrayList<>();

    @Override public void unit(UnitRow row) { units.add(row); }
    @Override public void unitEvent(UnitEventRow row) { unitEvents.add(row); }
    @Override public void person(PersonRow row) { people.add(row); }
    @Override public void membership(MembershipRow row) { memberships.add(row); }
    @Override public void gradeAppointment(GradeAppointmentRow row) { gradeAppointments.add(row); }
    @Override public void qualification(QualificationRow row) { qualifications.add(row); }
    @Override public void emulationTitle(EmulationTitleRow row) { emulationTitles.add(row); }
    @Override public void legalParticipation(LegalParticipationRow row) { legalParticipations.add(row); }
    @Override public void absence(AbsenceRow row) { absences.add(row); }
    @Override public void discipline(DisciplineRow row) { disciplines.add(row); }
    @Override public void inspection(InspectionRow row) { inspections.add(row); }

    public List<UnitRow> units() { return Collections.unmodifiableList(units); }
    public List<UnitEventRow> unitEvents() { return Collections.unmodifiableList(unitEvents); }
    public List<PersonRow> people() { return Collections.unmodifiableList(people); }
    public List<MembershipRow> memberships() { return Collections.unmodifiableList(memberships); }
    public List<GradeAppointmentRow> gradeAppointments() { return Collections.unmodifiableList(gradeAppointments); }
    public List<QualificationRow> qualifications() { return Collections.unmodifiableList(qualifications); }
    public List<EmulationTitleRow> emulationTitles() { return Collections.unmodifiableList(emulationTitles); }
    public List<LegalParticipationRow> legalParticipations() { return Collections.unmodifiableList(legalParticipations); }
    public List<AbsenceRow> absences() { return Collections.unmodifiableList(absences); }
    public List<DisciplineRow> disciplines() { return Collections.unmodifiableList(disciplines); }
    public List<InspectionRow> inspections() { return Collections.unmodifiableList(inspections); }

    /** Replaces the membership at {@code index} (used to close memberships at a reorganisation). */
    void replaceMembership(int index, MembershipRow row) {
        memberships.set(index, row);
    }

    /** Row counts (no time). */
    public DatasetSummary summary() {
        return new DatasetSummary(units.size(), unitEvents.size(), people.size(), memberships.size(),
                gradeAppointments.size(), qualifications.size(), emulationTitles.size(), legalParticipations.size(),
                absences.size(), disciplines.size(), inspections.size(), 0);
    }

    /** Sends every row to {@code sink}, table by table in foreign-key order. */
    public void replay(RowSink sink) throws SQLException {
        for (UnitRow row : units) sink.unit(row);
        for (UnitEventRow row : unitEvents) sink.unitEvent(row);
        for (PersonRow row : people) sink.person(row);
        for (MembershipRow row : memberships) sink.membership(row);
        for (GradeAppointmentRow row : gradeAppointments) sink.gradeAppointment(row);
        for (QualificationRow row : qualifications) sink.qualification(row);
        for (EmulationTitleRow row : emulationTitles) sink.emulationTitle(row);
        for (LegalParticipationRow row : legalParticipations) sink.legalParticipation(row);
        for (AbsenceRow row : absences) sink.absence(row);
        for (DisciplineRow row : disciplines) sink.discipline(row);
        for (InspectionRow row : inspections) sink.inspection(row);
    }
}
