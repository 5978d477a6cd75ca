package org.ioedc.edc.subject;

import org.ioedc.edc.common.SaveEffects;


/**
 * A recorded or corrected first dose date: the subject as it now is, and what the change did (derived values
 * recomputed, queries opened or closed, deviations raised or closed), for the user who made it to see at once.
 */
public record FirstDoseChange(Subject subject, SaveEffects effects) {
}
