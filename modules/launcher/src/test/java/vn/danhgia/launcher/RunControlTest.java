package vn.danhgia.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunControlTest {

    @Test
    void onlyOneLauncherAtATimeAndTheStopRequestReachesIt(@TempDir Path dir) throws Exception {
        try (RunControl first = new RunControl(dir); RunControl second = new RunControl(dir)) {
            assertFalse(second.isHeldByAnyone());
            assertTrue(first.tryAcquire());
            assertEquals(ProcessHandle.current().pid(), second.runningLauncher().orElseThrow().pid());
            assertFalse(second.tryAcquire());
            assertTrue(second.isHeldByAnyone());

            assertFalse(first.stopRequested());
            second.requestStop();
            assertTrue(first.stopRequested());

            first.close();
            assertFalse(second.isHeldByAnyone());
            assertTrue(second.runningLauncher().isEmpty());
            assertTrue(second.tryAcquire());
            assertFalse(second.stopRequested());
        }
    }
}
