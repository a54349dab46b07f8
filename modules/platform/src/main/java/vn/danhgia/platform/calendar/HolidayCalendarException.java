package vn.danhgia.platform.calendar;

import jakarta.ejb.ApplicationException;

/**
 * The holiday calendar cannot do what was asked, for a reason the person can act on: a date that
 * already has an entry, or a year whose holidays were never entered (ORG-7). Reaches the caller
 * as is (not wrapped in an {@code EJBException}) and rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class HolidayCalendarException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public HolidayCalendarException(String message) {
        super(message);
    }
}
