package org.ioedc.edc.subject;

import java.time.Instant;
import java.time.LocalDate;
import org.ioedc.edc.common.Actor;

/**
 * Fired synchronously inside the transaction that records or corrects a subject's first dose date, after its
 * audit entry: derivations that depend on the first dose (study days, the iRECIST minimum interval for iSD, the
 * baseline window) recompute in the same transaction.
 *
 * @param previous the date before the change; null when none was recorded
 */
public record FirstDoseRecorded(Actor actor, Subject subject, LocalDate previous, LocalDate firstDose, Instant at) {
}
