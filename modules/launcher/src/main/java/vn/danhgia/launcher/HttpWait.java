package vn.danhgia.launcher;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * Polls a URL until it answers HTTP 200: {@code start-domain} and even {@code deploy} return before the
 * application serves pages. Prints a dot per attempt.
 */
public final class HttpWait {

    /** How a wait ended. */
    public enum Outcome { OK, TIMEOUT, GAVE_UP }

    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    /** The status code of one GET, or -1 when nothing answers. */
    public int status(URI uri) {
        try {
            HttpRequest request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build();
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /**
     * Polls every {@code interval} until 200, the timeout, or {@code keepGoing} turning false (e.g. the
     * server process died).
     */
    public Outcome awaitOk(URI uri, Duration timeout, Duration interval, BooleanSupplier keepGoing) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (status(uri) == 200) {
                return Outcome.OK;
            }
            if (!keepGoing.getAsBoolean()) {
                return Outcome.GAVE_UP;
            }
            if (System.nanoTime() > deadline) {
                return Outcome.TIMEOUT;
            }
            Console.progress(".");
            try {
                Thread.sleep(interval.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Outcome.GAVE_UP;
            }
        }
    }
}
