package org.ioedc.forms.irae;

import java.util.List;
import org.ioedc.forms.module.EditCheck;
import org.ioedc.forms.module.TrialModule;

/** Adverse events graded by CTCAE v5.0, with immune-related AE management (log form F.AE). */
public final class IraeModule implements TrialModule {

    public static final String ID = "IRAE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Immune-related adverse events (CTCAE v5.0)";
    }

    @Override
    public String odmResource() {
        return "org/ioedc/forms/odm/irae.xml";
    }

    @Override
    public List<EditCheck> editChecks() {
        return List.of(new GradeExistsForTerm(), new FatalGradeAndDeathDate(), new EndNotBeforeStart(),
                new NoEndDateWhenOngoing(), new OtherSpecifyNeedsVerbatim(), new SteroidOrReason(),
                new SevereIraeAction(), new StartNotBeforeConsent());
    }
}
