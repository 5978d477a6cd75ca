package org.ioedc.forms.tbp;

import java.util.List;
import org.ioedc.forms.deviation.DeviationRule;
import org.ioedc.forms.module.EditCheck;
import org.ioedc.forms.module.TrialModule;

/**
 * Treatment beyond progression: the decision to continue the study drug after iRECIST unconfirmed
 * progression (iUPD) with its clinical stability criteria and re-consent ({@code F.TBP}), and the end
 * of study treatment ({@code F.EOT}).
 */
public final class TbpModule implements TrialModule {

    public static final String ID = "TBP";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Treatment beyond progression and end of treatment";
    }

    @Override
    public String odmResource() {
        return "org/ioedc/forms/odm/tbp.xml";
    }

    @Override
    public List<EditCheck> editChecks() {
        return List.of(new DecisionNeedsPendingIupd(), new ReconsentBeforeFirstDoseAfterIupd(), new OneEndOfTreatment(),
                new NoDoseAfterEndOfTreatment());
    }

    @Override
    public List<DeviationRule> deviationRules() {
        // DEV-CONFIRM-WINDOW reads only the tumour forms; it ships here, with the rules on treatment around
        // iUPD, so that the IRECIST module stays the tumour forms and their reader.
        return List.of(new DosedDuringPendingIupd(), new DosedAfterConfirmedProgression(), new ConfirmationScanOutsideWindow(),
                new EcogWorseAtIupd(), new CriterionNotMet());
    }
}
