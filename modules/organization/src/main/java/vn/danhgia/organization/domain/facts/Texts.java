package vn.danhgia.organization.domain.facts;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/** Dates as Vietnamese users read them in messages and audit entries. */
final class Texts {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private Texts() {
    }

    static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }
}
