package org.ioedc.forms.irae;

import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * AE-001: the MedDRA code is a CTCAE v5.0 term and the grade exists for it (ALT increased has no grade
 * 5, Myocarditis no grade 1, Death NOS only grade 5). Blocking: such a value cannot be true.
 */
final class GradeExistsForTerm implements EditCheck {

    @Override
    public String id() {
        return "AE-001";
    }

    @Override
    public String formOid() {
        return Ae.FORM;
    }

    @Override
    public String description() {
        return "The MedDRA code is a CTCAE v5.0 term and the grade exists for that term.";
    }

    @Override
    public boolean blocking() {
        return true;
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        var code = form.items().text(Ae.MEDDRA);
        if (code.isEmpty()) {
            return List.of();
        }
        var term = Ae.term(form);
        if (term.isEmpty()) {
            return List.of(new CheckFinding(id(), List.of(ItemRef.of(Ae.MEDDRA)),
                    "MedDRA code " + code.get() + " is not a CTCAE v5.0 term. Please choose the term from the CTCAE look-up."));
        }
        var grade = Ae.grade(form);
        if (grade.isEmpty() || term.get().hasGrade(grade.get())) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), List.of(ItemRef.of(Ae.GRADE), ItemRef.of(Ae.MEDDRA)),
                "CTCAE v5.0 has no grade " + grade.get() + " for " + term.get().term() + " (" + term.get().meddraCode()
                        + "); its grades are "
                        + String.join(", ", term.get().gradeNumbers().stream().map(String::valueOf).toList()) + ". Please correct the grade or the term."));
    }
}
