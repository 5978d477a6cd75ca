package org.ioedc.edc.deviation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.ioedc.forms.deviation.DeviationFinding;

/**
 * What one evaluation of a subject's rules changes in the subject's stored deviations (spec "Protocol
 * deviations flagged in real time": nothing flagged twice; correcting the data closes a system deviation):
 * <ul>
 *   <li>a fact found and not stored is raised;</li>
 *   <li>a fact found again whose deviation the system closed after a correction is reopened; one a monitor or
 *       data manager closed stays closed (their decision stands);</li>
 *   <li>an open or acknowledged deviation whose fact its rule no longer finds is closed by correction, but only
 *       for rules that were evaluated (a rule that failed proves nothing).</li>
 * </ul>
 */
final class Reconciliation {

    /** A fact: a rule and the key of what it found. */
    record Fact(String ruleId, String factKey) {
    }

    /** What is stored about a fact. */
    record Stored(Fact fact, DeviationStatus status, boolean closedByCorrection) {
    }

    record Plan(List<Fact> raise, List<Fact> reopen, List<Fact> close) {
        boolean isEmpty() {
            return raise.isEmpty() && reopen.isEmpty() && close.isEmpty();
        }
    }

    private Reconciliation() {
    }

    static Plan plan(Set<String> evaluatedRules, Map<Fact, DeviationFinding> found, Collection<Stored> stored) {
        Map<Fact, Stored> byFact = stored.stream().collect(Collectors.toMap(Stored::fact, s -> s));
        List<Fact> raise = new ArrayList<>();
        List<Fact> reopen = new ArrayList<>();
        for (Fact fact : found.keySet()) {
            Stored s = byFact.get(fact);
            if (s == null) {
                raise.add(fact);
            } else if (s.status() == DeviationStatus.CLOSED && s.closedByCorrection()) {
                reopen.add(fact);
            }
        }
        List<Fact> close = stored.stream()
                .filter(s -> s.status().isActive() && evaluatedRules.contains(s.fact().ruleId()) && !found.containsKey(s.fact()))
                .map(Stored::fact).toList();
        return new Plan(List.copyOf(raise), List.copyOf(reopen), close);
    }
}
