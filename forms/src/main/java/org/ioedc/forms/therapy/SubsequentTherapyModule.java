package org.ioedc.forms.therapy;

import java.util.List;
import org.ioedc.forms.deviation.DeviationRule;
import org.ioedc.forms.module.EditCheck;
import org.ioedc.forms.module.TrialModule;

/**
 * Subsequent anticancer therapy after study treatment: the log form {@code F.ST}, one instance per line
 * of therapy with its agents.
 */
public final class SubsequentTherapyModule implements TrialModule {

    public static final String ID = "SUBSEQUENT_THERAPY";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Subsequent anticancer therapy";
    }

    @Override
    public String odmResource() {
        return "org/ioedc/forms/odm/subsequent-therapy.xml";
    }

    @Override
    public List<EditCheck> editChecks() {
        return List.of(new StartAfterLastDose(), new LinesInStartOrder(), new StopNotBeforeStart(),
                new NoStopDateWhenOngoing(), new AgentCodes());
    }

    @Override
    public List<DeviationRule> deviationRules() {
        return List.of(new TherapyWhileOnStudyDrug());
    }
}
