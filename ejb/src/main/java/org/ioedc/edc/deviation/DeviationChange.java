package org.ioedc.edc.deviation;

/** What one entry of a deviation's history records. */
public enum DeviationChange {
    /** A rule found the fact at a save: the deviation is stored, open. */
    RAISED,
    /** A monitor has seen it. */
    ACKNOWLEDGED,
    /** A monitor or data manager closed it with a note. */
    CLOSED,
    /** A later save corrected the data: the rule no longer finds the fact, so the system closed it. */
    CLOSED_BY_CORRECTION,
    /** A save brought back the fact of a deviation the system had closed: it is open again. */
    REOPENED
}
