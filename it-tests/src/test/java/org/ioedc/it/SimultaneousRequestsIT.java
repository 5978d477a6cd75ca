package org.ioedc.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The same request sent by several clients at the same moment (a double click, two browser tabs): one
 * succeeds, the others get a 409 that says why, nothing is stored twice, and the audit trail holds one
 * entry per change. A request that loses such a race is never a 500.
 */
@ExtendWith(Suite.class)
class SimultaneousRequestsIT {

    private static final int CLIENTS = 8;

    /** Sends the call from {@value #CLIENTS} threads released together; the replies in no particular order. */
    private static List<Api.Reply> together(Supplier<Api.Reply> call) throws InterruptedException {
        CountDownLatch ready = new CountDownLatch(CLIENTS);
        CountDownLatch go = new CountDownLatch(1);
        List<Api.Reply> replies = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Thread t = new Thread(() -> {
                ready.countDown();
                try {
                    go.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                Api.Reply r = call.get();
                synchronized (replies) {
                    replies.add(r);
                }
            });
            t.start();
            threads.add(t);
        }
        ready.await();
        go.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(CLIENTS, replies.size());
        return replies;
    }

    private static Map<Integer, Long> statuses(List<Api.Reply> replies) {
        return replies.stream().collect(Collectors.groupingBy(Api.Reply::status, Collectors.counting()));
    }

    @Test
    void simultaneousEnrolmentsOfOneIdEnrolOneSubject() throws InterruptedException {
        String id = "SIM-" + System.nanoTime() % 1_000_000_000L;
        Api coordinator = Suite.as("coordinator1");
        List<Api.Reply> replies = together(() -> coordinator.post(Review.STUDY + "/subjects", Api.json("subjectId", id,
                "siteOid", "SITE-01", "informedConsentDate", "2025-09-01")));
        assertEquals(Map.of(201, 1L, 409, (long) CLIENTS - 1), statuses(replies), replies.toString());
        replies.stream().filter(r -> r.status() == 409).forEach(r ->
                assertEquals("Subject id " + id + " is already used in study IO-DEMO-01", r.json().getString("detail")));
        assertEquals(1, Review.audit(id, "SUBJECT_ENROLLED").size());
    }

    @Test
    void simultaneousFirstDoseDatesRecordOne() throws InterruptedException {
        String id = "SIM-FD-" + System.nanoTime() % 1_000_000_000L;
        Api coordinator = Suite.as("coordinator1");
        assertEquals(201, coordinator.post(Review.STUDY + "/subjects", Api.json("subjectId", id, "siteOid", "SITE-01",
                "informedConsentDate", "2025-09-01")).status());
        List<Api.Reply> replies = together(() -> coordinator.put(Review.STUDY + "/subjects/" + id + "/first-dose",
                Api.json("firstDoseDate", "2026-09-1" + (Thread.currentThread().getId() % 10))));
        Map<Integer, Long> statuses = statuses(replies);
        assertEquals(1L, statuses.get(200), replies.toString());
        assertTrue(Set.of(200, 409, 422).containsAll(statuses.keySet()),
                "the others are told the date was just recorded, or that a change needs a reason: " + replies);
        List<JsonObject> recorded = Review.audit(id, "ITEM_VALUE").stream()
                .filter(e -> e.getString("itemOid").equals("FIRST_DOSE_DATE")).toList();
        assertEquals(1, recorded.size(), recorded.toString());
        assertEquals(recorded.get(0).getString("newValue"),
                coordinator.get(Review.STUDY + "/subjects/" + id).json().getString("firstDoseDate"));
    }

    @Test
    void simultaneousFreezesOfOneSubjectFreezeItOnce() throws InterruptedException {
        String s = Review.newSubject("SIM", "SITE-01");
        Api dm = Suite.as("datamanager1");
        List<Api.Reply> replies = together(() -> dm.put(Review.STUDY + "/subjects/" + s + "/lock", Api.json("state", "FROZEN")));
        assertEquals(Map.of(200, 1L, 409, (long) CLIENTS - 1), statuses(replies), replies.toString());
        assertEquals(1, Review.audit(s, "LOCK").size());
        assertEquals("FROZEN", dm.get(Review.STUDY + "/subjects/" + s + "/lock").json().getString("state"));
    }

    @Test
    void simultaneousLocksOfOneFormLockItOnce() throws InterruptedException {
        String s = Review.newSubject("SIM", "SITE-01");
        assertEquals(200, Suite.as("coordinator1").put(Review.vitals(s), Review.save(null, null, "VS.SYSBP", "120")).status());
        Api dm = Suite.as("datamanager1");
        List<Api.Reply> replies = together(() -> dm.put(Review.vitals(s) + "/lock", Api.json("state", "LOCKED")));
        assertEquals(Map.of(200, 1L, 409, (long) CLIENTS - 1), statuses(replies), replies.toString());
        assertEquals(1, Review.audit(s, "LOCK").size());
    }

    @Test
    void simultaneousVerificationsMarkEachValueOnce() throws InterruptedException {
        String s = Review.newSubject("SIM", "SITE-01");
        assertEquals(200, Suite.as("coordinator1").put(Review.vitals(s),
                Review.save(null, null, "VS.SYSBP", "120", "VS.DIABP", "80", "VS.PULSE", "70")).status());
        Api monitor = Suite.as("monitor1");
        List<Api.Reply> replies = together(() -> monitor.post(Review.vitals(s) + "/sdv", "{}"));
        assertEquals(Map.of(200, (long) CLIENTS), statuses(replies), replies.toString());
        assertEquals(3, Review.audit(s, "SDV").size(), "one VERIFIED entry per value");
        JsonObject view = monitor.get(Review.vitals(s) + "/sdv").json();
        assertEquals(3, view.getInt("verified"));
        assertTrue(view.getBoolean("complete"));
    }

    /**
     * A verification racing a change of the value: whichever commits first, no value may end up marked as
     * verified unless that very value was verified.
     */
    @Test
    void aVerificationRacingAChangeNeverMarksTheNewValueVerified() throws InterruptedException {
        Api coordinator = Suite.as("coordinator1");
        Api monitor = Suite.as("monitor1");
        for (int round = 0; round < 10; round++) {
            String s = Review.newSubject("SIM", "SITE-01");
            var saved = coordinator.put(Review.vitals(s), Review.save(null, null, "VS.SYSBP", "120"));
            assertEquals(200, saved.status(), saved.toString());
            long version = Review.version(saved);
            CountDownLatch go = new CountDownLatch(1);
            List<Api.Reply> replies = new ArrayList<>();
            Thread change = new Thread(() -> {
                await(go);
                Api.Reply r = coordinator.put(Review.vitals(s), Review.save(version, null, "VS.SYSBP", "135"));
                synchronized (replies) {
                    replies.add(r);
                }
            });
            Thread verify = new Thread(() -> {
                await(go);
                Api.Reply r = monitor.post(Review.vitals(s) + "/sdv", "{}");
                synchronized (replies) {
                    replies.add(r);
                }
            });
            change.start();
            verify.start();
            go.countDown();
            change.join();
            verify.join();
            assertTrue(replies.stream().allMatch(r -> r.status() == 200), replies.toString());

            JsonObject sys = monitor.get(Review.vitals(s) + "/sdv").json().getJsonArray("items").getValuesAs(JsonObject.class)
                    .stream().filter(i -> i.getString("itemOid").equals("VS.SYSBP")).findFirst().orElseThrow();
            assertEquals("135", sys.getString("value"));
            if (sys.containsKey("verifiedBy") && !sys.isNull("verifiedBy")) {
                List<JsonObject> verified = Review.audit(s, "SDV").stream()
                        .filter(e -> e.getString("itemOid").equals("VS.SYSBP") && e.getString("newValue").equals("VERIFIED")).toList();
                assertTrue(verified.stream().anyMatch(e -> e.getString("oldValue").equals("135")),
                        "VS.SYSBP shows as verified, but the value verified was another: " + verified);
            }
        }
    }

    /**
     * A save that makes an edit check pass (the system closes its query) racing a monitor closing that query:
     * the site's save never fails for it, the monitor is told if the system was first, and the query ends closed.
     */
    @Test
    void aSaveThatClosesAQueryRacingAMonitorClosingItIsSaved() throws InterruptedException {
        Api coordinator = Suite.as("coordinator1");
        Api monitor = Suite.as("monitor1");
        for (int round = 0; round < 10; round++) {
            String s = Review.newSubject("SIM", "SITE-01");
            var saved = coordinator.put(Review.vitals(s), Review.save(null, null, "VS.SYSBP", "70", "VS.DIABP", "120"));
            assertEquals(200, saved.status(), saved.toString());
            int id = saved.json().getJsonArray("queries").getJsonObject(0).getInt("queryId");
            long version = Review.version(saved);
            CountDownLatch go = new CountDownLatch(1);
            Api.Reply[] replies = new Api.Reply[2];
            Thread save = new Thread(() -> {
                await(go);
                replies[0] = coordinator.put(Review.vitals(s), Review.save(version, null, "VS.SYSBP", "130"));
            });
            Thread close = new Thread(() -> {
                await(go);
                replies[1] = monitor.post(Review.STUDY + "/queries/" + id + "/close", Review.text("Checked at the site visit"));
            });
            save.start();
            close.start();
            go.countDown();
            save.join();
            close.join();
            assertEquals(200, replies[0].status(), "the site's save: " + replies[0]);
            assertTrue(replies[1].status() == 200 || replies[1].status() == 409, "the monitor's close: " + replies[1]);
            assertEquals("CLOSED", monitor.get(Review.STUDY + "/queries/" + id).json().getString("state"));
            assertEquals("130", coordinator.get(Review.vitals(s)).json().getJsonArray("values").getValuesAs(JsonObject.class)
                    .stream().filter(v -> v.getString("itemOid").equals("VS.SYSBP")).findFirst().orElseThrow().getString("value"));
        }
    }

    /** An answer that corrects the value racing a save of the same form, both from the version read: one wins. */
    @Test
    void anAnswerWithACorrectionRacingASaveOfTheFormIsOneSaveAndOneConflict() throws InterruptedException {
        Api coordinator = Suite.as("coordinator1");
        for (int round = 0; round < 8; round++) {
            String s = Review.newSubject("SIM", "SITE-01");
            var saved = coordinator.put(Review.vitals(s), Review.save(null, null, "VS.SYSBP", "70", "VS.DIABP", "120"));
            assertEquals(200, saved.status(), saved.toString());
            int id = saved.json().getJsonArray("queries").getJsonObject(0).getInt("queryId");
            long version = Review.version(saved);
            CountDownLatch go = new CountDownLatch(1);
            Api.Reply[] replies = new Api.Reply[2];
            Thread save = new Thread(() -> {
                await(go);
                replies[0] = coordinator.put(Review.vitals(s), Review.save(version, null, "VS.SYSBP", "131"));
            });
            Thread answer = new Thread(() -> {
                await(go);
                replies[1] = coordinator.post(Review.STUDY + "/queries/" + id + "/answer",
                        "{\"text\":\"Corrected\",\"change\":{\"value\":\"130\",\"version\":" + version + "}}");
            });
            save.start();
            answer.start();
            go.countDown();
            save.join();
            answer.join();
            assertEquals(List.of(200, 409), java.util.stream.Stream.of(replies).map(Api.Reply::status).sorted().toList(),
                    List.of(replies).toString());
            String stored = coordinator.get(Review.vitals(s)).json().getJsonArray("values").getValuesAs(JsonObject.class)
                    .stream().filter(v -> v.getString("itemOid").equals("VS.SYSBP")).findFirst().orElseThrow().getString("value");
            assertEquals(replies[0].status() == 200 ? "131" : "130", stored);
        }
    }

    /**
     * Two tumour assessments of one subject corrected at the same moment: each save recomputes the iRECIST
     * values of the other, so one of them is told to reload (409); neither is an internal error.
     */
    @Test
    void twoAssessmentsOfOneSubjectCorrectedTogetherAreOneSaveAndOneConflict() throws InterruptedException {
        Api coordinator = Suite.as("coordinator1");
        for (int round = 0; round < 4; round++) {
            String s = DeviationIT.confirmedProgression(coordinator);
            String first = Review.STUDY + "/subjects/" + s + "/logs/F.TUFU/1";
            String second = Review.STUDY + "/subjects/" + s + "/logs/F.TUFU/2";
            long v1 = Review.version(coordinator, first);
            long v2 = Review.version(coordinator, second);
            CountDownLatch go = new CountDownLatch(1);
            Api.Reply[] replies = new Api.Reply[2];
            Thread one = new Thread(() -> {
                await(go);
                replies[0] = coordinator.put(first, diameter("T1", 40, v1));
            });
            Thread two = new Thread(() -> {
                await(go);
                replies[1] = coordinator.put(second, diameter("T1", 52, v2));
            });
            one.start();
            two.start();
            go.countDown();
            one.join();
            two.join();
            List<Integer> statuses = java.util.stream.Stream.of(replies).map(Api.Reply::status).sorted().toList();
            assertTrue(statuses.equals(List.of(200, 409)) || statuses.equals(List.of(200, 200)), List.of(replies).toString());
        }
    }

    /** A correction of one target lesion's diameter on a complete follow-up assessment. */
    private static String diameter(String lesion, int mm, long version) {
        return jakarta.json.Json.createObjectBuilder()
                .add("rows", jakarta.json.Json.createArrayBuilder().add(jakarta.json.Json.createObjectBuilder()
                        .add("itemGroupOid", "IG.TLFU").add("repeatKey", lesion)
                        .add("items", jakarta.json.Json.createObjectBuilder().add("TL.DIAM", String.valueOf(mm)))))
                .add("status", "COMPLETE").add("version", version).add("reasonForChange", "Re-measured").build().toString();
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
