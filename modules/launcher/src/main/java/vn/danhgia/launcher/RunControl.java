package vn.danhgia.launcher;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * One launcher at a time, and a way for the stop command to reach the running one: an OS file lock on
 * {@code target/launcher.lock} (released by the OS even if the launcher is killed), the launcher's pid in
 * {@code target/launcher.pid}, and a stop request file {@code target/launcher.stop} that the running
 * launcher watches.
 */
public final class RunControl implements AutoCloseable {

    private final Path lockFile;
    private final Path pidFile;
    private final Path stopFile;
    private FileChannel channel;
    private FileLock lock;

    public RunControl(Path workDir) {
        this.lockFile = workDir.resolve("launcher.lock");
        this.pidFile = workDir.resolve("launcher.pid");
        this.stopFile = workDir.resolve("launcher.stop");
    }

    /** Takes the lock; false if another launcher holds it. */
    public synchronized boolean tryAcquire() throws IOException {
        Files.createDirectories(lockFile.getParent());
        channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            channel.close();
            channel = null;
            return false;
        }
        Files.deleteIfExists(stopFile);
        Files.writeString(pidFile, ProcessHandle.current().pid() + "\n");
        return true;
    }

    /** True if some launcher (this one or another) holds the lock right now. */
    public boolean isHeldByAnyone() throws IOException {
        if (lock != null) {
            return true;
        }
        if (!Files.exists(lockFile)) {
            return false;
        }
        try (FileChannel ch = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock probe = ch.tryLock();
            if (probe == null) {
                return true;
            }
            probe.release();
            return false;
        } catch (OverlappingFileLockException e) {
            return true;
        }
    }

    /** The running launcher's process, if the pid file names a live one. */
    public Optional<ProcessHandle> runningLauncher() {
        try {
            long pid = Long.parseLong(Files.readString(pidFile).trim());
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    public void requestStop() throws IOException {
        Files.writeString(stopFile, "stop\n");
    }

    public boolean stopRequested() {
        return Files.exists(stopFile);
    }

    @Override
    public synchronized void close() {
        try {
            Files.deleteIfExists(stopFile);
            if (lock != null) {
                Files.deleteIfExists(pidFile);
                lock.release();
            }
            if (channel != null) {
                channel.close();
            }
        } catch (IOException ignored) {
            // the OS releases the lock anyway when the process ends
        } finally {
            lock = null;
            channel = null;
        }
    }
}
