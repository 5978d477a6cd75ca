package org.ioedc.edc.crf;

import java.time.Instant;
import java.util.List;

/** A form instance as the boundary shows it: no entity leaves the core. */
public record FormView(long id, String formOid, String visitOid, int logNumber, FormStatus status, long version,
                       Instant updatedAt, String updatedBy, List<Value> values) {

    /** One stored value with its origin. */
    public record Value(String itemGroupOid, String repeatKey, String itemOid, String value, ValueOrigin origin,
                        String sourceRef, Instant changedAt, String changedBy) {
    }

    static FormView of(FormInstance form) {
        return new FormView(form.id(), form.formOid(), form.visitOid(), form.logNumber(), form.status(), form.version(),
                form.updatedAt(), form.updatedBy(), form.itemValues().stream()
                .map(v -> new Value(v.itemGroupOid(), v.repeatKey().isEmpty() ? null : v.repeatKey(), v.itemOid(),
                        v.value(), v.origin(), v.sourceRef(), v.changedAt(), v.changedBy()))
                .sorted(java.util.Comparator.comparing(Value::itemGroupOid)
                        .thenComparing(v -> v.repeatKey() == null ? "" : v.repeatKey())
                        .thenComparing(Value::itemOid))
                .toList());
    }
}
