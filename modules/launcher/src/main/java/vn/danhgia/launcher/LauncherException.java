package vn.danhgia.launcher;

/** A failure the launcher explains itself: the message is for the user, no stack trace needed. */
public final class LauncherException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public LauncherException(String message) {
        super(message);
    }

    public LauncherException(String message, Throwable cause) {
        super(message, cause);
    }
}
