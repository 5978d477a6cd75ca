package org.ioedc.edc.crf;

import org.ioedc.edc.common.SaveEffects;

/**
 * A derived value that a save recomputed, in this or another form instance of the subject (a save effect,
 * {@link SaveEffects}): null old value means newly derived, null new value means no longer derivable.
 */
public record DerivedChange(String formOid, String visitOid, Integer logNumber, String itemGroupOid, String itemOid,
                            String oldValue, String newValue) {
}
