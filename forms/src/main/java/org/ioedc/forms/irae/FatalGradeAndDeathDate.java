package org.ioedc.forms.irae;

import java.util.ArrayList;
import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/** AE-002: grade 5 if and only if the outcome is FATAL, and then a date of death. */
final class FatalGradeAndDeathDate implements EditCheck {

    @Override
    public String id() {
        return "AE-002";
    }

    @Override
    public String formOid() {
        return Ae.FORM;
    }

    @Override
    public String description() {
        return "Grade 5 if and only if the outcome is FATAL; a fatal AE has a date of death.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        var grade = Ae.grade(form);
        var outcome = form.items().text(Ae.OUTCOME);
        boolean grade5 = grade.filter(g -> g == 5).isPresent();
        boolean fatal = outcome.filter("FATAL"::equals).isPresent();
        List<CheckFinding> findings = new ArrayList<>();
        if (grade5 && outcome.isPresent() && !fatal) {
            findings.add(new CheckFinding(id(), List.of(ItemRef.of(Ae.GRADE), ItemRef.of(Ae.OUTCOME)),
                    "Grade 5 means death related to the AE, but the outcome is " + outcome.get()
                            + ". Please correct the grade or set the outcome to FATAL."));
        } else if (fatal && grade.isPresent() && !grade5) {
            findings.add(new CheckFinding(id(), List.of(ItemRef.of(Ae.OUTCOME), ItemRef.of(Ae.GRADE)),
                    "The outcome is FATAL but the grade is " + grade.get()
                            + "; a fatal AE is grade 5. Please correct the grade or the outcome."));
        }
        if ((grade5 || fatal) && !form.items().has(Ae.DEATH_DATE)) {
            findings.add(new CheckFinding(id(), List.of(ItemRef.of(Ae.DEATH_DATE)),
                    (fatal ? "The outcome is FATAL" : "The grade is 5") + " but no date of death is entered. Please enter the date of death."));
        }
        return findings;
    }
}
