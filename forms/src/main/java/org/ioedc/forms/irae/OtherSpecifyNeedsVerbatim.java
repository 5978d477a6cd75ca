package org.ioedc.forms.irae;

import java.util.Locale;
import java.util.List;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/** AE-005: an "Other, specify" CTCAE term carries the verbatim term that specifies it. */
final class OtherSpecifyNeedsVerbatim implements EditCheck {

    @Override
    public String id() {
        return "AE-005";
    }

    @Override
    public String formOid() {
        return Ae.FORM;
    }

    @Override
    public String description() {
        return "An \"Other, specify\" CTCAE term has a verbatim term that specifies the event.";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        var term = Ae.term(form);
        if (term.isEmpty() || !term.get().isOtherSpecify()) {
            return List.of();
        }
        String verbatim = form.items().text(Ae.TERM).orElse("");
        String plain = verbatim.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        boolean specified = !plain.isEmpty() && !plain.equals("other") && !plain.equals("otherspecify")
                && !verbatim.equalsIgnoreCase(term.get().term());
        if (specified) {
            return List.of();
        }
        return List.of(new CheckFinding(id(), List.of(ItemRef.of(Ae.TERM)),
                "\"" + term.get().term() + "\" needs the event named in the verbatim term"
                        + (verbatim.isEmpty() ? "" : " (now '" + verbatim + "')") + ". Please enter what the event was."));
    }
}
