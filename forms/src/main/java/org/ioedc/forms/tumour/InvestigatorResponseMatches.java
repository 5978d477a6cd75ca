package org.ioedc.forms.tumour;

import java.util.List;
import java.util.Optional;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.irecist.TimepointResult;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * IR-009: the investigator's timepoint response is the one computed from the measurements (spec irecist.md
 * section 2: "the investigator's entry is checked against them"). The query shows both values and what drove
 * the computed one, so the coordinator can correct a measurement or the investigator confirm the response.
 */
final class InvestigatorResponseMatches implements EditCheck {

    @Override
    public String id() {
        return "IR-009";
    }

    @Override
    public String formOid() {
        return TumourForms.FOLLOW_UP;
    }

    @Override
    public String description() {
        return "The investigator's timepoint response equals the iRECIST response computed from the measurements "
                + "(the query shows both).";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        Optional<String> investigator = form.items().text(TumourForms.INVESTIGATOR_RESPONSE);
        if (investigator.isEmpty()) {
            return List.of();
        }
        Optional<TimepointResult> computed = IrecistCourse.of(subject).assessment(form.instanceKey())
                .flatMap(CourseAssessment::derived);
        if (computed.isEmpty() || computed.get().overallResponse().label().equals(investigator.get())) {
            return List.of();
        }
        TimepointResult r = computed.get();
        String why = r.reasons().isEmpty() ? "" : " (" + String.join("; ", r.reasons()) + ")";
        // Both items are named: a query that a person closed (the investigator keeps a different response) is
        // raised again when either the investigator's response or the computed one changes.
        return List.of(new CheckFinding(id(),
                List.of(ItemRef.of(TumourForms.INVESTIGATOR_RESPONSE), ItemRef.of(TumourForms.D_RESPONSE)),
                "The investigator's response is " + investigator.get() + " but the response computed from the measurements is "
                        + r.overallResponse().label() + why + ". Please check the measurements, or have the investigator "
                        + "confirm the response."));
    }
}
