package vn.danhgia.launcher;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Messages to the user: Vietnamese first, English in parentheses, each line prefixed with {@code [danhgia]}. */
public final class Console {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final long STARTED = System.nanoTime();

    private Console() {
    }

    public static void info(String message) {
        OUT.println("[danhgia] " + message);
    }

    public static void warn(String message) {
        OUT.println("[danhgia] CẢNH BÁO (WARNING): " + message);
    }

    public static void error(String message) {
        OUT.println("[danhgia] LỖI (ERROR): " + message);
    }

    /** Progress without a line break (the dots while waiting). */
    public static void progress(String text) {
        OUT.print(text);
        OUT.flush();
    }

    public static void newline() {
        OUT.println();
    }

    public static void raw(String line) {
        OUT.println(line);
    }

    /** Seconds since the launcher started, for the timings it prints. */
    public static String elapsed(long startNanos) {
        return String.format("%.1f s", (System.nanoTime() - startNanos) / 1e9);
    }

    public static String sinceLaunch() {
        return elapsed(STARTED);
    }
}
