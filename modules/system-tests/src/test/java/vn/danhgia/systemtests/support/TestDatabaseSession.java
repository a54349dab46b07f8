package vn.danhgia.systemtests.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/** Starts the test database before Arquillian starts the server, and stops it at the end. */
public class TestDatabaseSession implements LauncherSessionListener {

    @Override
    public void launcherSessionOpened(LauncherSession session) {
        try {
            TestDatabase.startForSession();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start the test database", e);
        }
    }

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        try {
            TestDatabase.stopForSession();
        } catch (Exception e) {
            throw new IllegalStateException("Cannot stop the test database", e);
        }
    }
}
