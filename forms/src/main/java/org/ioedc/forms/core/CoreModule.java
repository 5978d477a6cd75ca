package org.ioedc.forms.core;

import java.util.List;
import org.ioedc.forms.deviation.DeviationRule;
import org.ioedc.forms.module.EditCheck;
import org.ioedc.forms.module.TrialModule;
import org.ioedc.forms.module.TrialModules;

/** The forms every study has. */
public final class CoreModule implements TrialModule {

    @Override
    public String id() {
        return TrialModules.CORE;
    }

    @Override
    public String name() {
        return "Core: demographics, vital signs, laboratory";
    }

    @Override
    public String odmResource() {
        return "org/ioedc/forms/odm/core.xml";
    }

    @Override
    public List<EditCheck> editChecks() {
        return List.of(new AdultAtConsent(), new DiastolicBelowSystolic(), new DateNotBeforeConsent("VS-002", "F.VS", "VS.VSDAT", "Vital signs"),
                new DateNotBeforeConsent("LB-001", "F.LB", "LB.LBDAT", "Laboratory sample"), new PotentialHyLaw());
    }

    /** The visit window rule: every study has a schedule of assessments. */
    @Override
    public List<DeviationRule> deviationRules() {
        return List.of(new VisitOutsideWindow());
    }
}
