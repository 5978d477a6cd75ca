package org.ioedc.edc.crf;

import java.time.Instant;
import java.util.List;
import java.util.function.Supplier;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.SaveEffects;
import org.ioedc.edc.subject.Subject;
import org.ioedc.forms.crf.FormDef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;

/**
 * Fired synchronously after a form's values and their audit entries are stored, inside the saving
 * transaction: what observers do (derive, raise queries, flag deviations) commits or rolls back with
 * the save itself. Observers run in the order of their {@code @Priority}: derivations first
 * ({@link #DERIVE}), then queries ({@link #QUERIES}), then deviations ({@link #DEVIATIONS}).
 *
 * @param record the subject's whole record as saved, built on first use
 * @param findings the non-blocking edit-check findings on the saved form
 * @param effects where observers put what the saving user should see
 */
public record FormSaved(Actor actor, Subject subject, FormInstance instance, FormDef form, List<ItemChange> changes,
                        List<CheckFinding> findings, Instant at, Supplier<SubjectRecord> record, SaveEffects effects) {

    public static final int DERIVE = 100;
    public static final int QUERIES = 200;
    public static final int DEVIATIONS = 300;
}
