package org.ioedc.edc.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.ioedc.edc.common.ConflictException;
import org.ioedc.edc.crf.FormInstance;
import org.ioedc.edc.study.Site;
import org.ioedc.edc.study.Study;
import org.ioedc.edc.subject.Subject;
import org.junit.jupiter.api.Test;

/** The query state machine (docs/review.md): every allowed move and every refused one. */
class QueryTest {

    private static final Instant T = Instant.parse("2026-11-01T10:00:00Z");

    private static Query query() {
        Study study = new Study("S", "Study", Set.of(), 28);
        Subject subject = new Subject(new Site(study, "SITE-01", "Site", java.time.ZoneOffset.UTC), "001", null, LocalDate.of(2026, 9, 1), null, T, "c");
        FormInstance form = FormInstance.atVisit(subject, "F.VS", "C1D1", T, "c");
        return Query.manual(form, "IG.VS", null, "VS.PULSE", "Pulse?", "monitor1", T);
    }

    @Test
    void answeredSentBackAnsweredAgainClosedReopenedCancelled() {
        Query q = query();
        assertEquals(QueryState.NEW, q.state());
        q.answer("64 in source", "coordinator1", T.plusSeconds(1));
        assertEquals(QueryState.RESOLUTION_PROPOSED, q.state());
        q.reopen("Check again", "monitor1", T.plusSeconds(2));
        assertEquals(QueryState.UPDATED, q.state());
        q.answer("Still 64", "coordinator1", T.plusSeconds(3));
        q.close("OK", "monitor1", T.plusSeconds(4));
        assertEquals(QueryState.CLOSED, q.state());
        assertEquals("monitor1", q.closedBy());
        q.reopen("Wrong visit", "monitor1", T.plusSeconds(5));
        assertEquals(QueryState.UPDATED, q.state());
        assertNull(q.closedAt(), "open again");
        q.cancel("Opened in error", "monitor1", T.plusSeconds(6));
        assertEquals(QueryState.NOT_APPLICABLE, q.state());
        assertEquals(7, q.messages().size());
        assertEquals("Still 64", q.messages().get(3).text());
        assertEquals(QueryState.RESOLUTION_PROPOSED, q.messages().get(3).stateAfter());
    }

    @Test
    void refusedMoves() {
        Query q = query();
        assertThrows(ConflictException.class, () -> q.reopen("x", "m", T), "a new query is not re-opened");
        q.close("done", "m", T);
        assertThrows(ConflictException.class, () -> q.answer("x", "c", T));
        assertThrows(ConflictException.class, () -> q.close("x", "m", T));
        assertThrows(ConflictException.class, () -> q.cancel("x", "m", T));
        q.reopen("again", "m", T);
        q.cancel("error", "m", T);
        assertThrows(ConflictException.class, () -> q.reopen("x", "m", T), "cancelled is final");
        assertThrows(ConflictException.class, () -> q.closeBySystem("x", T));
        assertEquals(4, q.messages().size(), "refused moves add no message");
    }

    @Test
    void systemClosesAnEditCheckQuery() {
        Query q = query();
        q.closeBySystem("Check no longer fires", T);
        assertEquals(QueryState.CLOSED, q.state());
        assertEquals(Query.SYSTEM, q.closedBy());
    }
}
