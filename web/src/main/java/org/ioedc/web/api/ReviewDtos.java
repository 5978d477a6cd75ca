package org.ioedc.web.api;

import java.util.List;

/** What goes over the wire about queries, source data verification and locks (docs/review.md). */
public final class ReviewDtos {
    private ReviewDtos() {
    }

    /**
     * A manual query on one item of a form: a visit form by {@code visitOid}, a log form by
     * {@code logNumber}; {@code repeatKey} for an item of a repeating group.
     */
    public record QueryIn(String subjectId, String formOid, String visitOid, Integer logNumber, String itemOid,
                          String repeatKey, String text) {
    }

    /** A message that moves a query: an answer, a closing note, a reason to re-open or cancel. */
    public record MessageIn(String text) {
    }

    /**
     * A coordinator's answer; with {@code change} it also sets the queried item's value (null clears it)
     * as a form save would, with the form {@code version} read and a {@code reasonForChange}.
     */
    public record AnswerIn(String text, ValueIn change) {
    }

    public record ValueIn(Object value, Long version, String reasonForChange) {
    }

    /** Items to verify ({@code ITEM} or {@code ITEM[repeatKey]}); none or absent: every stored value of the form. */
    public record SdvIn(List<String> items) {
    }

    /**
     * A move to OPEN, FROZEN or LOCKED; {@code reason} is required to unfreeze or unlock,
     * {@code overrideReason} to lock a study that has open queries.
     */
    public record LockIn(String state, String reason, String overrideReason) {
    }
}
