package org.ioedc.edc.subject;

import java.time.Instant;
import java.time.LocalDate;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.SaveEffects;

/**
 * Fired synchronously inside the transaction that records or corrects a subject's first dose date, after its
 * audit entry: derivations and rules that depend on the first dose (study days, visit windows, the iRECIST minimum
 * interval for iSD, the baseline window) are evaluated again in the same transaction.
 *
 * @param previous the date before the change; null when none was recorded
 * @param effects where observers put what the user who changed the date should see (derived values, queries,
 *                deviations), as after a form save
 */
public record FirstDoseRecorded(Actor actor, Subject subject, LocalDate previous, LocalDate firstDose, Instant at,
                                SaveEffects effects) {
}
