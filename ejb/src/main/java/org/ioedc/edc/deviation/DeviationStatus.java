package org.ioedc.edc.deviation;

/** Where a deviation stands in the monitor's review (spec: open, acknowledged by monitor, closed with a note). */
public enum DeviationStatus {
    OPEN, ACKNOWLEDGED, CLOSED;

    public boolean isActive() {
        return this != CLOSED;
    }
}
