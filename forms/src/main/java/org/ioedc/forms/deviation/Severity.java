package org.ioedc.forms.deviation;

/** How serious a deviation is for the trial's integrity and the subject's safety. */
public enum Severity {
    MINOR, MAJOR, CRITICAL
}
