package vn.danhgia.datagen;

/**
 * How many rows of each table a dataset holds or a load wrote, and how long the load took (0 when not
 * measured). {@link #toString()} is one line for a log or a console.
 */
public record DatasetSummary(long units, long unitEvents, long people, long memberships, long gradeAppointments,
                             long qualifications, long emulationTitles, long legalParticipations, long absences,
                             long disciplines, long inspections, long elapsedMillis) {

    /** Rows counted above, all tables together (the few {@code org_unit_event_unit} links are not counted). */
    public long totalRows() {
        return units + unitEvents + people + memberships + gradeAppointments + qualifications + emulationTitles
                + legalParticipations + absences + disciplines + inspections;
    }

    /** Rows per second of the load, or 0 when the time was not measured. */
    public long rowsPerSecond() {
        return elapsedMillis <= 0 ? 0 : Math.round(totalRows() * 1000.0 / elapsedMillis);
    }

    DatasetSummary withElapsedMillis(long millis) {
        return new DatasetSummary(units, unitEvents, people, memberships, gradeAppointments, qualifications,
                emulationTitles, legalParticipations, absences, disciplines, inspections, millis);
    }

    @Override
    public String toString() {
        String counts = units + " đơn vị (units), " + people + " người (people), " + memberships + " memberships, "
                + gradeAppointments + " grade appointments, " + qualifications + " qualifications, "
                + emulationTitles + " emulation titles, " + legalParticipations + " legal participations, "
                + absences + " absences, " + disciplines + " disciplines, " + inspections + " inspections, "
                + unitEvents + " unit events";
        return elapsedMillis > 0 ? counts + " in " + elapsedMillis + " ms (" + rowsPerSecond() + " rows/s)" : counts;
    }
}
