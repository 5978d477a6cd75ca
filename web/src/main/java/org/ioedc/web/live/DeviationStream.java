package org.ioedc.web.live;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.deviation.DeviationNotice;
import org.ioedc.edc.deviation.DeviationsCommitted;

/**
 * The open deviation streams of this server. A committed change is handed to one dispatch thread (so
 * the saving request does not wait for slow clients, and events leave in the order they were committed)
 * and sent to every stream of the study whose caller may see the deviation's site: a monitor of another
 * site receives nothing. Every stream gets a comment line periodically, so proxies and load balancers do
 * not close a quiet connection, and a stream whose client has gone is dropped at the next send.
 */
@ApplicationScoped
public class DeviationStream {

    private static final Logger LOG = Logger.getLogger(DeviationStream.class.getName());

    @Resource
    private ManagedThreadFactory threads;

    @Inject
    @ConfigProperty(name = "edc.sse.keepAliveSeconds", defaultValue = "15")
    private int keepAliveSeconds;

    private final Map<String, Set<Subscriber>> byStudy = new ConcurrentHashMap<>();
    private ExecutorService dispatcher;
    private ScheduledExecutorService keepAlive;

    @PostConstruct
    void start() {
        dispatcher = Executors.newSingleThreadExecutor(threads);
        keepAlive = Executors.newSingleThreadScheduledExecutor(threads);
        keepAlive.scheduleWithFixedDelay(this::keepAlive, keepAliveSeconds, keepAliveSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        keepAlive.shutdownNow();
        dispatcher.shutdownNow();
        byStudy.values().forEach(set -> set.forEach(Subscriber::close));
    }

    /** Only after the saving transaction committed: a rolled-back save announces nothing. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeviationsCommitted event) {
        if (event.notices().isEmpty()) {
            return;
        }
        dispatcher.execute(() -> {
            for (Subscriber s : byStudy.getOrDefault(event.studyOid(), Set.of())) {
                event.notices().forEach(n -> send(s, n));
            }
        });
    }

    /**
     * Opens a stream. With {@code missed} (a reconnect with Last-Event-ID) the changes after that id are
     * sent first; live changes that arrive meanwhile wait and are sent after them, none twice.
     */
    public void open(Actor actor, String studyOid, SseEventSink sink, Sse sse, Supplier<List<DeviationNotice>> missed) {
        Subscriber s = new Subscriber(actor, studyOid, sink, sse);
        synchronized (s) {
            byStudy.computeIfAbsent(studyOid, k -> ConcurrentHashMap.newKeySet()).add(s);
            // A first line commits the response, so the client knows at once that it is connected.
            s.comment("connected to the deviation stream of " + studyOid);
            if (missed != null) {
                missed.get().forEach(n -> send(s, n));
            }
        }
    }

    /** How many streams are open (for the health of the live feed and for tests of the count). */
    public int openStreams() {
        return byStudy.values().stream().mapToInt(Set::size).sum();
    }

    private void send(Subscriber s, DeviationNotice n) {
        if (!s.actor.canSee(n.studyOid(), n.siteOid())) {
            return;
        }
        if (!s.send(n)) {
            drop(s);
        }
    }

    private void keepAlive() {
        byStudy.values().forEach(set -> set.forEach(s -> {
            if (!s.comment("keep-alive")) {
                drop(s);
            }
        }));
    }

    private void drop(Subscriber s) {
        Set<Subscriber> set = byStudy.get(s.studyOid);
        if (set != null) {
            set.remove(s);
        }
        s.close();
    }

    /** One open stream: who listens, and the last event id sent to it. */
    private static final class Subscriber {
        final Actor actor;
        final String studyOid;
        final SseEventSink sink;
        final Sse sse;
        long lastSent;

        Subscriber(Actor actor, String studyOid, SseEventSink sink, Sse sse) {
            this.actor = actor;
            this.studyOid = studyOid;
            this.sink = sink;
            this.sse = sse;
        }

        synchronized boolean send(DeviationNotice n) {
            if (n.eventId() <= lastSent) {
                return true;
            }
            OutboundSseEvent event = sse.newEventBuilder().id(Long.toString(n.eventId())).name("deviation")
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(DeviationNotice.class, n).reconnectDelay(3000).build();
            if (write(event)) {
                lastSent = n.eventId();
                return true;
            }
            return false;
        }

        synchronized boolean comment(String text) {
            return write(sse.newEventBuilder().comment(text).build());
        }

        private boolean write(OutboundSseEvent event) {
            if (sink.isClosed()) {
                return false;
            }
            try {
                sink.send(event).toCompletableFuture().get(10, TimeUnit.SECONDS);
                return true;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            } catch (Exception e) {
                LOG.log(Level.FINE, "deviation stream of " + actor.username() + " is gone", e);
                return false;
            }
        }

        void close() {
            try {
                sink.close();
            } catch (RuntimeException e) {
                LOG.log(Level.FINE, "closing a deviation stream", e);
            }
        }
    }
}
