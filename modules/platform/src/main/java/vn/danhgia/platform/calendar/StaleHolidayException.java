package vn.danhgia.platform.calendar;

import jakarta.ejb.ApplicationException;
import jakarta.persistence.OptimisticLockException;

/**
 * The holiday entry was changed or removed by someone else since the person loaded it (optimistic
 * locking, ARCHITECTURE.md house rule 7). An {@link OptimisticLockException}, delivered to the
 * caller as is (not wrapped in an {@code EJBException}); the transaction is rolled back.
 */
@ApplicationException(rollback = true)
public class StaleHolidayException extends OptimisticLockException {

    private static final long serialVersionUID = 1L;

    public StaleHolidayException(String message, Throwable cause) {
        super(message, cause, null);
    }
}
