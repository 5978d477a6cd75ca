package org.ioedc.web.live;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.deviation.DeviationNotice;
import org.ioedc.edc.deviation.DeviationService;
import org.ioedc.edc.deviation.DeviationsCommitted;

/**
 * The open deviation streams of this server. The batches of committed changes arrive from the committing
 * threads in any order; one dispatch thread puts them back into commit order by their chain link
 * ({@link DeviationsCommitted#previousEventId()}) and queues each change on every stream of the study whose
 * caller may see the deviation's site: a monitor of another site receives nothing. Should a batch wait
 * for its predecessor longer than a second, the dispatcher reads the missing changes from the database, so
 * nothing is skipped. Each stream has its own queue, written by a pool thread only while it has something
 * to send, so neither the saving request nor the other monitors wait for a slow client. A client that
 * falls more than {@value #MAX_PENDING} events behind, or does not take an event within 10 s, is
 * disconnected: its browser reconnects with Last-Event-ID and gets what it missed from the database. Every
 * stream gets a comment line periodically, so proxies keep a quiet connection open.
 */
@ApplicationScoped
public class DeviationStream {

    private static final Logger LOG = Logger.getLogger(DeviationStream.class.getName());
    static final int MAX_PENDING = 1000;

    @Resource
    private ManagedThreadFactory threads;

    @EJB
    private DeviationService deviations;

    @Inject
    @ConfigProperty(name = "edc.sse.keepAliveSeconds", defaultValue = "15")
    private int keepAliveSeconds;

    private final Map<String, Set<Subscriber>> byStudy = new ConcurrentHashMap<>();
    /** Per study with open streams: the id of the last change dispatched. Dispatch thread only. */
    private final Map<String, Long> lastDispatched = new HashMap<>();
    /** Per study: batches that arrived before their predecessor, by the id they follow. Dispatch thread only. */
    private final Map<String, NavigableMap<Long, DeviationsCommitted>> waiting = new HashMap<>();
    private ExecutorService dispatcher;
    private ExecutorService writers;
    private ScheduledExecutorService keepAlive;

    @PostConstruct
    void start() {
        dispatcher = Executors.newSingleThreadExecutor(threads);
        writers = Executors.newCachedThreadPool(threads);
        keepAlive = Executors.newSingleThreadScheduledExecutor(threads);
        keepAlive.scheduleWithFixedDelay(this::keepAlive, keepAliveSeconds, keepAliveSeconds, TimeUnit.SECONDS);
    }

    @PreDestroy
    void stop() {
        keepAlive.shutdownNow();
        dispatcher.shutdownNow();
        writers.shutdownNow();
        byStudy.values().forEach(set -> set.forEach(Subscriber::close));
    }

    /** Only after the saving transaction committed: a rolled-back save announces nothing. */
    void onCommitted(@Observes(during = TransactionPhase.AFTER_SUCCESS) DeviationsCommitted batch) {
        if (!byStudy.getOrDefault(batch.studyOid(), Set.of()).isEmpty()) {
            dispatcher.execute(() -> accept(batch));
        }
    }

    /** On the dispatch thread: the batch and every waiting one that now follows in the chain. */
    private void accept(DeviationsCommitted batch) {
        String study = batch.studyOid();
        Long last = lastDispatched.get(study);
        if (last == null || batch.lastEventId() <= last) {
            return;
        }
        NavigableMap<Long, DeviationsCommitted> queue = waiting.computeIfAbsent(study, k -> new TreeMap<>());
        queue.put(batch.previousEventId(), batch);
        dispatchChain(study);
        if (!queue.isEmpty()) {
            keepAlive.schedule(() -> dispatcher.execute(() -> repair(study)), 1, TimeUnit.SECONDS);
        }
    }

    private void dispatchChain(String study) {
        NavigableMap<Long, DeviationsCommitted> queue = waiting.getOrDefault(study, new TreeMap<>());
        Long last = lastDispatched.get(study);
        DeviationsCommitted next;
        while (last != null && (next = queue.remove(last)) != null) {
            dispatch(study, next.notices());
            last = next.lastEventId();
            lastDispatched.put(study, last);
        }
        if (last != null) {
            queue.headMap(last, false).clear();
        }
    }

    /** A batch still waits for its predecessor: read what is missing from the database. */
    private void repair(String study) {
        Long last = lastDispatched.get(study);
        NavigableMap<Long, DeviationsCommitted> queue = waiting.get(study);
        if (last == null || queue == null || queue.isEmpty()) {
            return;
        }
        try {
            List<DeviationNotice> missing = deviations.committedSince(study, last);
            if (!missing.isEmpty()) {
                dispatch(study, missing);
                lastDispatched.put(study, missing.get(missing.size() - 1).eventId());
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "cannot read the deviation changes of " + study + "; the streams replay them on reconnect", e);
            return;
        }
        long now = lastDispatched.get(study);
        queue.values().removeIf(b -> b.lastEventId() <= now);
        dispatchChain(study);
    }

    private void dispatch(String study, List<DeviationNotice> notices) {
        Set<Subscriber> listeners = byStudy.getOrDefault(study, Set.of());
        notices.forEach(n -> listeners.forEach(s -> s.offer(n)));
    }

    /**
     * Opens a stream. With {@code missed} (a reconnect with Last-Event-ID) the changes after that id are
     * sent first, then the live changes that arrived meanwhile, none twice.
     */
    public void open(Actor actor, String studyOid, SseEventSink sink, Sse sse, Supplier<List<DeviationNotice>> missed) {
        Subscriber s = new Subscriber(actor, studyOid, sink, sse);
        onDispatcher(() -> {
            byStudy.computeIfAbsent(studyOid, k -> ConcurrentHashMap.newKeySet()).add(s);
            lastDispatched.computeIfAbsent(studyOid, deviations::lastEventId);
        });
        s.start(missed == null ? List.of() : missed.get());
    }

    /** How many streams are open on this server. */
    public int openStreams() {
        return byStudy.values().stream().mapToInt(Set::size).sum();
    }

    private void keepAlive() {
        byStudy.values().forEach(set -> set.forEach(s -> s.offerComment("keep-alive")));
    }

    private void drop(Subscriber s) {
        s.close();
        dispatcher.execute(() -> {
            Set<Subscriber> set = byStudy.get(s.studyOid);
            if (set != null) {
                set.remove(s);
                if (set.isEmpty()) {
                    // Nobody listens: the next stream starts from the changes committed after it opened.
                    lastDispatched.remove(s.studyOid);
                    waiting.remove(s.studyOid);
                }
            }
        });
    }

    private void onDispatcher(Runnable task) {
        try {
            dispatcher.submit(task).get(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening a deviation stream", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("cannot open the deviation stream", e);
        }
    }

    /** One open stream: who listens, what waits to be written, the last event id queued. */
    private final class Subscriber {
        final Actor actor;
        final String studyOid;
        final SseEventSink sink;
        final Sse sse;
        private final Deque<Object> pending = new ArrayDeque<>();
        private boolean starting = true;
        private boolean writing;
        private boolean closed;
        private long lastQueued;

        Subscriber(Actor actor, String studyOid, SseEventSink sink, Sse sse) {
            this.actor = actor;
            this.studyOid = studyOid;
            this.sink = sink;
            this.sse = sse;
        }

        /**
         * Queues the connection comment and the missed changes ahead of the live ones that arrived while
         * they were read, then starts writing.
         */
        synchronized void start(List<DeviationNotice> missed) {
            List<Object> live = new ArrayList<>(pending);
            pending.clear();
            // A first line commits the response, so the client knows at once that it is connected.
            pending.add("connected to the deviation stream of " + studyOid);
            long replayed = 0;
            for (DeviationNotice n : missed.stream().sorted(Comparator.comparingLong(DeviationNotice::eventId)).toList()) {
                if (actor.canSee(n.studyOid(), n.siteOid())) {
                    pending.add(n);
                    replayed = n.eventId();
                }
            }
            long last = replayed;
            live.stream().filter(x -> !(x instanceof DeviationNotice n) || n.eventId() > last).forEach(pending::add);
            lastQueued = Math.max(lastQueued, replayed);
            starting = false;
            schedule();
        }

        synchronized void offer(DeviationNotice n) {
            if (closed || !actor.canSee(n.studyOid(), n.siteOid()) || (!starting && n.eventId() <= lastQueued)) {
                return;
            }
            if (pending.size() >= MAX_PENDING) {
                LOG.warning("Deviation stream of " + actor.username() + " is " + MAX_PENDING + " events behind: disconnected");
                closed = true;
                drop(this);
                return;
            }
            pending.add(n);
            lastQueued = Math.max(lastQueued, n.eventId());
            schedule();
        }

        synchronized void offerComment(String text) {
            if (!closed && pending.isEmpty()) {
                pending.add(text);
                schedule();
            }
        }

        /** Starts a writer unless one is running or the stream is still reading what was missed. */
        private void schedule() {
            if (!writing && !starting && !closed) {
                writing = true;
                writers.execute(this::drain);
            }
        }

        private void drain() {
            while (true) {
                Object next;
                synchronized (this) {
                    next = closed ? null : pending.poll();
                    if (next == null) {
                        writing = false;
                        return;
                    }
                }
                if (!write(next instanceof DeviationNotice n ? event(n) : sse.newEventBuilder().comment((String) next).build())) {
                    synchronized (this) {
                        closed = true;
                        writing = false;
                    }
                    drop(this);
                    return;
                }
            }
        }

        private OutboundSseEvent event(DeviationNotice n) {
            return sse.newEventBuilder().id(Long.toString(n.eventId())).name("deviation")
                    .mediaType(MediaType.APPLICATION_JSON_TYPE).data(DeviationNotice.class, n).reconnectDelay(3000).build();
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
