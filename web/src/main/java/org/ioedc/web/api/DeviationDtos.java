package org.ioedc.web.api;

/** What goes over the wire about deviations besides the core's views. */
public final class DeviationDtos {
    private DeviationDtos() {
    }

    /** An acknowledgement (note optional) or a closing (note required). */
    public record ReviewIn(String note) {
    }
}
