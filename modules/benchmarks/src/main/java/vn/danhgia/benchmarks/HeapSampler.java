package vn.danhgia.benchmarks;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Samples the server's used heap from Payara's MicroProfile Metrics endpoint while a run goes on. Payara 6 (MP
 * Metrics 5) answers {@code GET /metrics?scope=base&name=memory.usedHeap} in the Prometheus text format with the line
 * {@code memory_usedHeap_bytes{mp_scope="base"} 2.53617152E8} (older MP Metrics versions named it
 * {@code base_memory_usedHeap_bytes}; both are recognised). No authentication needed on a default domain. Also reads
 * the G1 collection time ({@code gc_time_seconds_total}) before and after, from {@code /metrics?scope=base}.
 */
final class HeapSampler implements AutoCloseable {

    private static final Pattern USED_HEAP = Pattern.compile("(?m)^(?:base_)?memory_usedHeap_bytes(?:\\{[^}]*})?\\s+(\\S+)");
    private static final Pattern UPTIME = Pattern.compile("(?m)^(?:base_)?jvm_uptime_seconds(?:\\{[^}]*})?\\s+(\\S+)");
    private static final Pattern GC_TIME = Pattern.compile("(?m)^(?:base_)?gc_time_seconds_total(?:\\{[^}]*})?\\s+(\\S+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private final String url;
    private final String allBaseUrl;
    private final long intervalMillis;
    private volatile boolean stop;
    private volatile double peak = Double.NaN;
    private volatile int samples;
    private Thread thread;

    HeapSampler(String url, long intervalMillis) {
        this.url = url;
        this.allBaseUrl = url.contains("?") ? url.substring(0, url.indexOf('?')) + "?scope=base" : url;
        this.intervalMillis = intervalMillis;
    }

    /** The used heap now, in bytes, or empty when the endpoint does not answer with it. */
    OptionalDouble usedHeap() {
        return first(USED_HEAP, url);
    }

    /** Seconds since the server's JVM started ({@code jvm_uptime_seconds}), or empty. */
    OptionalDouble uptimeSeconds() {
        return first(UPTIME, allBaseUrl);
    }

    /** Seconds spent in garbage collection since the server started (all collectors), or empty. */
    OptionalDouble gcSeconds() {
        try {
            String body = get(allBaseUrl);
            Matcher m = GC_TIME.matcher(body);
            double total = 0;
            boolean any = false;
            while (m.find()) {
                total += Double.parseDouble(m.group(1));
                any = true;
            }
            return any ? OptionalDouble.of(total) : OptionalDouble.empty();
        } catch (Exception e) {
            return OptionalDouble.empty();
        }
    }

    HeapSampler start() {
        thread = new Thread(() -> {
            while (!stop) {
                usedHeap().ifPresent(this::record);
                try {
                    Thread.sleep(intervalMillis);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "heap-sampler");
        thread.setDaemon(true);
        thread.start();
        return this;
    }

    private synchronized void record(double bytes) {
        samples++;
        if (Double.isNaN(peak) || bytes > peak) {
            peak = bytes;
        }
    }

    /** The highest used heap seen, in bytes (NaN when no sample came back). */
    double peak() {
        return peak;
    }

    int samples() {
        return samples;
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        if (thread != null) {
            thread.join(5000);
        }
        usedHeap().ifPresent(this::record);
    }

    private OptionalDouble first(Pattern pattern, String from) {
        try {
            Matcher m = pattern.matcher(get(from));
            return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
        } catch (Exception e) {
            return OptionalDouble.empty();
        }
    }

    private String get(String from) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(from)).header("Accept", "text/plain")
                .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200 ? response.body() : "";
    }
}
