package org.ioedc.forms.deviation;

import java.util.Map;
import java.util.Objects;

/**
 * What a deviation rule found: the rule, the visit it concerns (null for a subject-level fact), a key
 * naming the fact that broke the rule, a message a coordinator and a monitor understand, and the values
 * that fired it.
 *
 * <p>The fact key makes a finding stable across evaluations: the same dose after iCPD gives the same
 * key at every save, so it is flagged once, and a correction that removes the fact removes the key,
 * which closes the stored deviation. It should name the data (e.g. {@code dose:2026-03-01}), never
 * the time of evaluation.
 */
public record DeviationFinding(String ruleId, String visitOid, String factKey, String message,
                               Map<String, String> values) {

    public DeviationFinding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(factKey, "factKey");
        Objects.requireNonNull(message, "message");
        values = Map.copyOf(values);
    }
}
