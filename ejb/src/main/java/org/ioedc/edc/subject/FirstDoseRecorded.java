package org.ioedc.edc.subject;

import java.time.Instant;
import java.time.LocalDate;
import org.ioedc.edc.common.Actor;

/**
 * Fired inside the transaction that recorded or corrected a subject's first dose date: study days and
 * visit windows are counted from it, so whatever depends on them (deviation rules) is evaluated again.
 */
public record FirstDoseRecorded(Actor actor, Subject subject, LocalDate oldDate, LocalDate newDate, Instant at) {
}
