package vn.danhgia.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Base64;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The REST calls of the quarterly cycle the benchmark makes as administrator (HTTP Basic):
 * {@code POST /api/v1/evaluation/quarters}, {@code GET /{id}/opening}, {@code POST|GET /{id}/run}. The answers are
 * flat JSON records (QuarterView, RunStatus); their few fields are read with a pattern, no JSON library needed.
 */
final class QuarterApi {

    /** What GET /{id}/run and /{id}/opening answer (RunStatus), as far as the benchmark needs it. */
    record Run(long executionId, String status, long done, long written, long skipped, long total,
               LocalDateTime startedAt, LocalDateTime endedAt, String exitStatus) {

        boolean running() {
            return "STARTING".equals(status) || "STARTED".equals(status) || "STOPPING".equals(status);
        }

        /** Seconds between the batch execution's start and end as recorded by the server (ms precision). */
        double serverSeconds() {
            return startedAt == null || endedAt == null ? Double.NaN
                    : Duration.between(startedAt, endedAt).toNanos() / 1e9;
        }
    }

    private final String base;
    private final String authorization;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    QuarterApi(String url, String user, String password) {
        this.base = url + "/api/v1/evaluation/quarters";
        this.authorization = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password)
                .getBytes(StandardCharsets.UTF_8));
    }

    /** Opens the quarter (the server starts the opening job); returns the quarter id. */
    long open(long rootUnitId, int year, int quarter) throws Exception {
        String body = send("POST", base, "{\"rootUnitId\": " + rootUnitId + ", \"year\": " + year + ", \"quarter\": "
                + quarter + "}", 201);
        return Long.parseLong(field(body, "id"));
    }

    Run startRun(long quarterId) throws Exception {
        return run(send("POST", base + "/" + quarterId + "/run", "", 200));
    }

    Run lastRun(long quarterId) throws Exception {
        return run(send("GET", base + "/" + quarterId + "/run", null, 200));
    }

    Run opening(long quarterId) throws Exception {
        return run(send("GET", base + "/" + quarterId + "/opening", null, 200));
    }

    /** The quarter's status (OPENING, OPEN, PUBLISHED) and sheet count. */
    String[] quarter(long quarterId) throws Exception {
        String body = send("GET", base + "/" + quarterId, null, 200);
        return new String[] {field(body, "status"), field(body, "sheets")};
    }

    private String send(String method, String url, String json, int expected) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).header("Authorization", authorization)
                .header("Accept", "application/json").timeout(Duration.ofMinutes(2));
        if (json == null) {
            request.GET();
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json, StandardCharsets.UTF_8));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (response.statusCode() != expected) {
            throw new IllegalStateException(method + " " + url + " → HTTP " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    private static Run run(String body) {
        return new Run(Long.parseLong(field(body, "executionId")), field(body, "status"), num(body, "done"),
                num(body, "written"), num(body, "skipped"), num(body, "total"), time(field(body, "startedAt")),
                time(field(body, "endedAt")), field(body, "exitStatus"));
    }

    /** The first value of a top-level field of a flat JSON object: a string (unquoted), a number, or null. */
    static String field(String json, String name) {
        Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\"\\s*:\\s*(\"((?:[^\"\\\\]|\\\\.)*)\"|[-0-9.eE+]+|null|true|false)")
                .matcher(json);
        if (!m.find()) {
            return null;
        }
        return m.group(2) != null ? m.group(2) : "null".equals(m.group(1)) ? null : m.group(1);
    }

    private static long num(String json, String name) {
        String value = field(json, name);
        return value == null ? 0 : Long.parseLong(value);
    }

    private static LocalDateTime time(String value) {
        if (value == null) {
            return null;
        }
        // ISO-8601 local date-time; tolerate a zone suffix should the JSON-B configuration ever add one
        return LocalDateTime.parse(value.replaceAll("(Z|\\[.*]|[+-]\\d\\d:\\d\\d)$", ""));
    }
}
