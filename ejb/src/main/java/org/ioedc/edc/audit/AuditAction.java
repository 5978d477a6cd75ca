package org.ioedc.edc.audit;

/** What kind of event an audit entry records. */
public enum AuditAction {
    /** An item value entered, changed or cleared. */
    ITEM_VALUE,
    /** A form instance's status changed. */
    FORM_STATUS,
    /** A subject enrolled. */
    SUBJECT_ENROLLED,
    /** Study set-up: study, site, visit, module or user created or changed. */
    STUDY_SETUP,
    /** A query opened, answered, closed, re-opened or cancelled: old and new state, the message as reason. */
    QUERY,
    /** A value marked source-verified, or its verification cleared by a change. */
    SDV,
    /** A form, subject or study frozen, locked or unlocked: old and new state, the reason. */
    LOCK,
    /** A protocol deviation raised, reopened or closed by the system when a save changed what its rule finds. */
    DEVIATION,
    /** A protocol deviation acknowledged or closed with a note by a monitor or data manager. */
    DEVIATION_REVIEW,
    /** A user account locked after repeated wrong passwords, or unlocked by an administrator. */
    ACCOUNT
}
