package vn.danhgia.organization.infrastructure.people;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** Reads the columns of native-query rows (the JDBC driver decides the Java types). */
final class Rows {

    private Rows() {
    }

    static String string(Object value) {
        return value == null ? null : value.toString();
    }

    static long number(Object value) {
        return ((Number) value).longValue();
    }

    static Long nullableNumber(Object value) {
        return value == null ? null : ((Number) value).longValue();
    }

    static boolean bool(Object value) {
        if (value instanceof Boolean b) {
            return b;
        }
        return value != null && ((Number) value).intValue() != 0;
    }

    static Boolean nullableBool(Object value) {
        return value == null ? null : bool(value);
    }

    static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }

    static LocalDate date(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDate d) {
            return d;
        }
        if (value instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return LocalDate.parse(value.toString().substring(0, 10));
    }

    static LocalDateTime dateTime(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof LocalDateTime d) {
            return d;
        }
        if (value instanceof Timestamp t) {
            return t.toLocalDateTime();
        }
        return LocalDateTime.parse(value.toString().replace(' ', 'T'));
    }
}
