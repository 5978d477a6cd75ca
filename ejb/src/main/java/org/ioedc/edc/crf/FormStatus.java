package org.ioedc.edc.crf;

/** The life of a form instance (DESIGN.md, "Data"). */
public enum FormStatus {
    IN_PROGRESS, COMPLETE, VERIFIED, FROZEN, LOCKED
}
