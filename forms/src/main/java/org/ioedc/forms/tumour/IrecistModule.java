package org.ioedc.forms.tumour;

import java.util.List;
import org.ioedc.forms.module.EditCheck;
import org.ioedc.forms.module.TrialModule;

/**
 * Tumour assessments by iRECIST: the baseline visit form {@code F.TUBL} and the follow-up log form
 * {@code F.TUFU} (odm/irecist.xml), their edit checks, and the course reader {@link IrecistCourse} over the
 * iRECIST engine (docs/irecist-derivation.md).
 */
public final class IrecistModule implements TrialModule {

    public static final String ID = "IRECIST";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String name() {
        return "Tumour response by iRECIST";
    }

    @Override
    public String odmResource() {
        return "org/ioedc/forms/odm/irecist.xml";
    }

    @Override
    public List<EditCheck> editChecks() {
        return List.of(new TargetLesionCount(), new BaselineMeasurability(), new EveryBaselineLesionRecorded(),
                new LesionIdsKept(), new AssessmentDatesIncrease(), new BaselineTiming(), new MethodMatchesBaseline(),
                new NewLesionTargetLimits(), new InvestigatorResponseMatches(), new ConfirmationScanWindow(),
                new BaselineLesionIdsUnique(), new NewLesionTargetMeasured());
    }
}
