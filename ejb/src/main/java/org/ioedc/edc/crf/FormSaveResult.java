package org.ioedc.edc.crf;

import java.util.List;
import org.ioedc.forms.crf.ItemError;
import org.ioedc.forms.module.CheckFinding;

/**
 * What a save did: the form as stored, the values it changed, what the edit checks found and the soft
 * range warnings, for the coordinator to see at once.
 */
public record FormSaveResult(FormView form, List<ItemChange> changes, List<CheckFinding> findings,
                             List<ItemError> warnings) {
}
