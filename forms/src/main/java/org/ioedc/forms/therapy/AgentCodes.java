package org.ioedc.forms.therapy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemGroupRow;
import org.ioedc.forms.crf.ItemRef;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.module.CheckFinding;
import org.ioedc.forms.module.EditCheck;

/**
 * ST-005: an agent's optional code names its system and has that system's form: an RxNorm concept id
 * (RXCUI) is a number, a WHO ATC code of a substance is level 5 (letter, two digits, two letters, two
 * digits, e.g. L01FF02 for pembrolizumab). Only the form is checked: the product ships neither
 * terminology.
 */
final class AgentCodes implements EditCheck {
    private static final Pattern RXCUI = Pattern.compile("[0-9]{1,9}");
    private static final Pattern ATC_SUBSTANCE = Pattern.compile("[A-Z][0-9]{2}[A-Z]{2}[0-9]{2}");

    @Override
    public String id() {
        return "ST-005";
    }

    @Override
    public String formOid() {
        return SubsequentTherapy.FORM;
    }

    @Override
    public String description() {
        return "An agent's code has its code system, and is an RxNorm RXCUI (digits) or a level-5 ATC code (e.g. L01FF02).";
    }

    @Override
    public List<CheckFinding> evaluate(FormData form, SubjectRecord subject) {
        List<CheckFinding> findings = new ArrayList<>();
        for (ItemGroupRow row : form.rows(SubsequentTherapy.AGENTS)) {
            var code = row.values().text(SubsequentTherapy.CODE);
            var system = row.values().text(SubsequentTherapy.CODE_SYSTEM);
            String agent = row.values().text(SubsequentTherapy.AGENT_NAME).map(n -> "'" + n + "'").orElse("agent " + row.repeatKey());
            if (code.isPresent() && system.isEmpty()) {
                findings.add(new CheckFinding(id(), List.of(ItemRef.inRow(SubsequentTherapy.CODE_SYSTEM, row)),
                        "The code " + code.get() + " of " + agent + " has no code system. Please choose RxNorm or ATC."));
            } else if (code.isEmpty() && system.isPresent()) {
                findings.add(new CheckFinding(id(), List.of(ItemRef.inRow(SubsequentTherapy.CODE, row)),
                        "A code system is chosen for " + agent + " but no code is entered. Please enter the code or clear the code system."));
            } else if (code.isPresent() && system.get().equals("RXNORM") && !RXCUI.matcher(code.get()).matches()) {
                findings.add(new CheckFinding(id(), List.of(ItemRef.inRow(SubsequentTherapy.CODE, row)),
                        "'" + code.get() + "' is not an RxNorm concept id (RXCUI), which is a number, for " + agent
                                + ". Please correct the code or the code system."));
            } else if (code.isPresent() && system.get().equals("ATC") && !ATC_SUBSTANCE.matcher(code.get()).matches()) {
                findings.add(new CheckFinding(id(), List.of(ItemRef.inRow(SubsequentTherapy.CODE, row)),
                        "'" + code.get() + "' is not an ATC code of a substance (like L01FF02) for " + agent
                                + ". Please correct the code or the code system."));
            }
        }
        return findings;
    }
}
