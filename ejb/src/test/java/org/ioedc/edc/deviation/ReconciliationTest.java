package org.ioedc.edc.deviation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ioedc.edc.deviation.Reconciliation.Fact;
import org.ioedc.edc.deviation.Reconciliation.Stored;
import org.ioedc.forms.deviation.DeviationFinding;
import org.junit.jupiter.api.Test;

class ReconciliationTest {

    private static final Fact DOSE = new Fact("DEV-ICPD-DOSE", "dose:2026-12-16");
    private static final Fact OTHER_DOSE = new Fact("DEV-ICPD-DOSE", "dose:2027-01-06");
    private static final Fact WINDOW = new Fact("DEV-VISIT-WINDOW", "visit:C2D1:F.VS:2026-10-20");

    private static Map<Fact, DeviationFinding> found(Fact... facts) {
        Map<Fact, DeviationFinding> map = new LinkedHashMap<>();
        for (Fact f : facts) {
            map.put(f, new DeviationFinding(f.ruleId(), null, f.factKey(), "found", Map.of()));
        }
        return map;
    }

    private static final Set<String> BOTH = Set.of("DEV-ICPD-DOSE", "DEV-VISIT-WINDOW");

    @Test
    void aNewFactIsRaisedAndAStoredOneIsNotRaisedAgainWhateverItsReviewStatus() {
        var plan = Reconciliation.plan(BOTH, found(DOSE, OTHER_DOSE, WINDOW), List.of(
                new Stored(DOSE, DeviationStatus.OPEN, false),
                new Stored(WINDOW, DeviationStatus.ACKNOWLEDGED, false)));
        assertEquals(List.of(OTHER_DOSE), plan.raise());
        assertTrue(plan.reopen().isEmpty() && plan.close().isEmpty());
        assertTrue(Reconciliation.plan(BOTH, found(DOSE), List.of(new Stored(DOSE, DeviationStatus.OPEN, false))).isEmpty(),
                "the same data saved again changes nothing");
    }

    @Test
    void anActiveDeviationWhoseFactIsGoneIsClosedByCorrection() {
        var plan = Reconciliation.plan(BOTH, found(), List.of(
                new Stored(DOSE, DeviationStatus.OPEN, false),
                new Stored(WINDOW, DeviationStatus.ACKNOWLEDGED, false),
                new Stored(OTHER_DOSE, DeviationStatus.CLOSED, false)));
        assertEquals(List.of(DOSE, WINDOW), plan.close());
        assertTrue(plan.raise().isEmpty() && plan.reopen().isEmpty());
    }

    @Test
    void aRuleThatWasNotEvaluatedClosesNothing() {
        var plan = Reconciliation.plan(Set.of("DEV-VISIT-WINDOW"), found(), List.of(new Stored(DOSE, DeviationStatus.OPEN, false)));
        assertTrue(plan.isEmpty(), "a failed or unread rule proves nothing about its facts");
    }

    @Test
    void theFactComingBackReopensOnlyWhatTheSystemClosed() {
        var plan = Reconciliation.plan(BOTH, found(DOSE, WINDOW), List.of(
                new Stored(DOSE, DeviationStatus.CLOSED, true),
                new Stored(WINDOW, DeviationStatus.CLOSED, false)));
        assertEquals(List.of(DOSE), plan.reopen());
        assertTrue(plan.raise().isEmpty() && plan.close().isEmpty(), "a monitor's close stands: " + plan);
    }
}
