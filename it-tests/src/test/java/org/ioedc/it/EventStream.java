package org.ioedc.it;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A server-sent events client as a monitor's browser holds it (EventSource): one long GET, the events
 * parsed as the text/event-stream format says (id, event, data lines, a blank line ends an event;
 * lines starting with ':' are comments), queued as they arrive.
 */
public final class EventStream implements AutoCloseable {

    /**
     * HTTP/1.1, as a browser's EventSource uses on plain http (and as the benchmarks do). With the JDK client's
     * default (HTTP/2 preferred, an h2c upgrade offered on plain http), a stream opened right after another one
     * was closed was found closed by the server at once in about one run of three, and never received an event.
     */
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    /** One event: its id, name and data (JSON for deviation events), and when it arrived. */
    public record Event(String id, String name, String data, long receivedNanos) {
        public JsonObject json() {
            try (var reader = Json.createReader(new StringReader(data))) {
                return reader.readObject();
            }
        }
    }

    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;
    private volatile Stream<String> lines;
    private volatile int status;
    private volatile String contentType = "";
    private volatile String cacheControl = "";
    private final CompletableFuture<Void> opened = new CompletableFuture<>();

    private EventStream(URI uri, String user, String password, String lastEventId) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).header("Accept", "text/event-stream")
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
        if (lastEventId != null) {
            b.header("Last-Event-ID", lastEventId);
        }
        response = CLIENT.sendAsync(b.GET().build(), HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> {
            status = r.statusCode();
            contentType = r.headers().firstValue("Content-Type").orElse("");
            cacheControl = r.headers().firstValue("Cache-Control").orElse("");
            lines = r.body();
            opened.complete(null);
            read(r.body());
        }).exceptionally(e -> {
            opened.completeExceptionally(e);
            return null;
        });
    }

    /** Opens a stream of the suite's server as {@code user} and waits until the server answered. */
    public static EventStream open(String path, String user, String lastEventId) {
        return open(Suite.server().base(), path, user, lastEventId);
    }

    public static EventStream open(URI base, String path, String user, String lastEventId) {
        EventStream s = new EventStream(base.resolve(path), user, "demo-only", lastEventId);
        s.awaitOpen();
        return s;
    }

    private void awaitOpen() {
        try {
            opened.get(60, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("the stream did not answer", e);
        }
    }

    public int status() {
        return status;
    }

    public String contentType() {
        return contentType;
    }

    public String cacheControl() {
        return cacheControl;
    }

    private void read(Stream<String> body) {
        String[] id = {null};
        String[] name = {null};
        StringBuilder data = new StringBuilder();
        try {
            body.forEach(line -> {
                if (line.isEmpty()) {
                    if (data.length() > 0 || name[0] != null) {
                        events.add(new Event(id[0], name[0], data.toString(), System.nanoTime()));
                    }
                    name[0] = null;
                    data.setLength(0);
                } else if (line.startsWith(":")) {
                    events.add(new Event(null, "comment", line.substring(1).strip(), System.nanoTime()));
                } else if (line.startsWith("id:")) {
                    id[0] = line.substring(3).strip();
                } else if (line.startsWith("event:")) {
                    name[0] = line.substring(6).strip();
                } else if (line.startsWith("data:")) {
                    if (data.length() > 0) {
                        data.append('\n');
                    }
                    data.append(line.substring(5).strip());
                }
            });
        } catch (RuntimeException e) {
            // the stream was closed
        }
    }

    /**
     * The next event matching {@code filter}, skipping the others; fails when none came within the
     * deadline (a safety net against a hanging test, not a timing requirement).
     */
    public Event next(Predicate<Event> filter) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        try {
            while (true) {
                long left = deadline - System.nanoTime();
                Event e = events.poll(Math.max(0, left), TimeUnit.NANOSECONDS);
                if (e == null) {
                    throw new AssertionError("no matching event on the stream within 60 s");
                }
                if (filter.test(e)) {
                    return e;
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The next deviation event about {@code subject} (events of other subjects are skipped). */
    public Event nextAbout(java.util.Set<String> subjects) {
        return next(e -> "deviation".equals(e.name()) && subjects.contains(e.json().getString("subjectKey")));
    }

    @Override
    public void close() {
        Stream<String> l = lines;
        if (l != null) {
            l.close();
        }
        response.cancel(true);
    }
}
