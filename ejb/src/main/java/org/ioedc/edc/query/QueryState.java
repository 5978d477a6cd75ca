package org.ioedc.edc.query;

/**
 * The states of a query, named as in OpenClinica/LibreClinica's discrepancy notes (docs/review.md has
 * the transitions and who may make them). NEW, UPDATED and RESOLUTION_PROPOSED are open; CLOSED may be
 * re-opened; NOT_APPLICABLE (a query opened in error, cancelled) is final.
 */
public enum QueryState {
    /** Opened by a monitor, a data manager or an edit check; not yet answered. */
    NEW,
    /** Sent back to the site: re-opened after closing, or an answer not accepted. */
    UPDATED,
    /** The site answered (with or without changing the value); the monitor decides. */
    RESOLUTION_PROPOSED,
    /** Resolved: by the monitor, or by the system when the edit check no longer fires. */
    CLOSED,
    /** Cancelled: the query was opened in error. */
    NOT_APPLICABLE;

    public boolean isOpen() {
        return this == NEW || this == UPDATED || this == RESOLUTION_PROPOSED;
    }
}
