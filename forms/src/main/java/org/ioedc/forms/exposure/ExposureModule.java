package org.ioedc.forms.exposure;

import java.util.List;
import org.ioedc.forms.deviation.DeviationRule;
import org.ioedc.forms.module.EditCheck;
import org.ioedc.forms.module.TrialModule;

/**
 * Study drug exposure: the administration log {@code F.EX}, one instance per administration (given or
 * not), which the deviation rules on dosing read.
 */
public final class ExposureModule implements TrialModule {

    public static final String ID = "EXPOSURE";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Study drug exposure";
    }

    @Override
    public String odmResource() {
        return "org/ioedc/forms/odm/exposure.xml";
    }

    @Override
    public List<EditCheck> editChecks() {
        return List.of(new DoseAndUnitWhenGiven(), new ReasonWhenNotGiven(), new NotBeforeFirstDose(),
                new OneAdministrationPerDay());
    }

    @Override
    public List<DeviationRule> deviationRules() {
        return List.of(new DosingAfterGrade4Irae());
    }
}
