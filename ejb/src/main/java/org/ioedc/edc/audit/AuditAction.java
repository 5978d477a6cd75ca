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
    /** A protocol deviation raised, reopened or closed by the system when a save changed what its rule finds. */
    DEVIATION,
    /** A protocol deviation acknowledged or closed with a note by a monitor or data manager. */
    DEVIATION_REVIEW
}
