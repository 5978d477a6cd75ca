package org.ioedc.edc.crf;

import java.util.List;
import org.ioedc.edc.common.SaveEffects;
import org.ioedc.forms.crf.ItemError;
import org.ioedc.forms.module.CheckFinding;

/**
 * What a save did: the form as stored, the values it changed, what the edit checks found, the soft
 * range warnings and the effects of the work that followed the save, for the coordinator to see at once.
 */
public record FormSaveResult(FormView form, List<ItemChange> changes, List<CheckFinding> findings,
                             List<ItemError> warnings, SaveEffects effects) {
}
