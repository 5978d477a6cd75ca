package org.ioedc.edc.common;

/** The roles of the EDC (DESIGN.md, "Who uses it"). */
public enum Role {
    /** Enters data at the sites the user is bound to. */
    COORDINATOR,
    /** Reviews data at the sites the user is bound to; never changes clinical data. */
    MONITOR,
    /** Whole-study access for review, freeze, lock and export; never enters data. */
    DATA_MANAGER,
    /** Sets up studies, sites and users. */
    ADMINISTRATOR
}
