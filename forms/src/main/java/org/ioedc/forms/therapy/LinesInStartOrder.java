package org.ioedc.forms.therapy;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * ST-002: the subject's subsequent therapies are numbered 1, 2, 3 ... in start-date order (spec
 * irae-tbp-therapy.md): the line of a therapy is one more than the number of therapies that started
 * before it. Two therapies starting on the same day may take either of their two numbers. Therapies
 * without a start date or a line are left out until they have both.
 */
final class LinesInStartOrder implements EditCheck {

    @Override
    public String id() {
        return "ST-002";
    }

    @Override
    public String formOid() {
        return SubsequentTherapy.FORM;
    }

    @Override
    public String description() {
        return "Subsequent therapy lines are numbered 1, 2, 3 ... in start-date order, with no gap or repeat.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        var start = form.items().date(SubsequentTherapy.START);
        var line = SubsequentTherapy.line(form);
        if (start.isEmpty() || line.isEmpty()) {
            return List.of();
        }
        List<FormData> others = subject.forms(SubsequentTherapy.FORM).stream()
                .filter(o -> !Objects.equals(o.instanceKey(), form.instanceKey()))
                .filter(o -> o.items().date(SubsequentTherapy.START).isPresent() && SubsequentTherapy.line(o).isPresent())
                .toList();
        long before = others.stream().filter(o -> startOf(o).isBefore(start.get())).count();
        long sameDay = others.stream().filter(o -> startOf(o).isEqual(start.get())).count();
        long lowest = before + 1;
        long highest = before + 1 + sameDay;
        boolean numberTaken = others.stream().anyMatch(o -> SubsequentTherapy.line(o).equals(line));
        if (line.get() >= lowest && line.get() <= highest && !numberTaken) {
            return List.of();
        }
        String expected = lowest == highest ? "line " + lowest : "line " + lowest + " to " + highest;
        String reason = numberTaken ? "Another therapy already has line " + line.get() + ". "
                : "This therapy starts on " + start.get() + " after " + before + " other "
                        + (before == 1 ? "therapy" : "therapies") + ", so it is " + expected + ", not line " + line.get() + ". ";
        return List.of(new CheckFinding(id(), List.of(ItemRef.of(SubsequentTherapy.LINE), ItemRef.of(SubsequentTherapy.START)),
                reason + "Lines are numbered 1, 2, 3 ... in the order the therapies started. Please correct the line "
                        + "number or the start date."));
    }

    private static LocalDate startOf(FormData form) {
        return form.items().date(SubsequentTherapy.START).orElseThrow();
    }
}
