package vn.danhgia.launcher;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The domain's {@code logs/server.log}: where this run's part of it starts, the generated admin password the
 * application writes there on its first start, and the tail printed when something fails.
 */
public final class ServerLog {

    public static final String PASSWORD_KEY = "DANHGIA_ADMIN_PASSWORD_GENERATED=";
    private static final Pattern PASSWORD = Pattern.compile(Pattern.quote(PASSWORD_KEY) + "(\\S+)");

    private final Path file;

    public ServerLog(Path file) {
        this.file = file;
    }

    public Path file() {
        return file;
    }

    /** Where this run starts reading: the current size of server.log and the time. */
    public record Mark(long offset, long epochMillis) {
    }

    public Mark mark() {
        long size = 0;
        try {
            size = Files.isRegularFile(file) ? Files.size(file) : 0;
        } catch (IOException ignored) {
            // no log yet
        }
        return new Mark(size, System.currentTimeMillis());
    }

    /**
     * Everything written since {@code mark}: files rotated away since then (server.log_*, oldest first)
     * and the current server.log from the mark (from its start if it was rotated or recreated).
     */
    /**
     * File modification times come from the kernel's coarse clock and can read a few milliseconds
     * earlier than {@code System.currentTimeMillis()} taken just before the write.
     */
    private static final long MTIME_TOLERANCE_MILLIS = 2_000;

    public String readSince(Mark mark) throws IOException {
        StringBuilder sb = new StringBuilder();
        Path dir = file.getParent();
        boolean rotated = false;
        if (dir != null && Files.isDirectory(dir)) {
            List<Path> rotatedFiles = new ArrayList<>();
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(p -> p.getFileName().toString().startsWith(file.getFileName() + "_"))
                        .filter(p -> p.toFile().lastModified() >= mark.epochMillis() - MTIME_TOLERANCE_MILLIS)
                        .sorted(Comparator.comparingLong(p -> p.toFile().lastModified()))
                        .forEach(rotatedFiles::add);
            }
            for (Path p : rotatedFiles) {
                rotated = true;
                sb.append(new String(Files.readAllBytes(p), StandardCharsets.UTF_8));
            }
        }
        if (Files.isRegularFile(file)) {
            long size = Files.size(file);
            long from = rotated || size < mark.offset() ? 0 : mark.offset();
            try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
                raf.seek(from);
                byte[] buf = new byte[(int) Math.min(Integer.MAX_VALUE - 8, size - from)];
                raf.readFully(buf);
                sb.append(new String(buf, StandardCharsets.UTF_8));
            }
        }
        return sb.toString();
    }

    /**
     * The password from a {@code DANHGIA_ADMIN_PASSWORD_GENERATED=<password>} line, the last one if there are
     * several. Payara's log formats close a message with {@code ]]} (ODL) or {@code |#]} (uniform), which is
     * not part of the password.
     */
    public static Optional<String> findGeneratedPassword(String logText) {
        Matcher m = PASSWORD.matcher(logText);
        String found = null;
        while (m.find()) {
            found = stripLogTrailer(m.group(1));
        }
        return Optional.ofNullable(found).filter(s -> !s.isEmpty());
    }

    static String stripLogTrailer(String token) {
        for (String trailer : List.of("|#]", "]]")) {
            if (token.endsWith(trailer)) {
                return token.substring(0, token.length() - trailer.length());
            }
        }
        return token;
    }

    /** The last {@code lines} lines of server.log, for error reports. */
    public List<String> tail(int lines) {
        try {
            if (!Files.isRegularFile(file)) {
                return List.of();
            }
            List<String> all = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().toList();
            return all.subList(Math.max(0, all.size() - lines), all.size());
        } catch (IOException e) {
            return List.of("(không đọc được " + file + ": " + e.getMessage() + ")");
        }
    }
}
