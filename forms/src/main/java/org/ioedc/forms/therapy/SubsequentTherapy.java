package org.ioedc.forms.therapy;

import java.math.BigDecimal;
import java.util.Optional;
import org.ioedc.forms.crf.FormData;

/** The item OIDs of the subsequent anticancer therapy log {@code F.ST} and small readers the rules share. */
final class SubsequentTherapy {
    static final String FORM = "F.ST";
    static final String LINE = "ST.LINE";
    static final String START = "ST.STDAT";
    static final String STOP = "ST.ENDAT";
    static final String ONGOING = "ST.ONGO";
    static final String AGENTS = "IG.STAG";
    static final String AGENT_NAME = "STAG.NAME";
    static final String CODE_SYSTEM = "STAG.CODESYS";
    static final String CODE = "STAG.CODE";

    private SubsequentTherapy() {
    }

    /** The line number when it is a whole number, else empty (metadata validation reports the rest). */
    static Optional<Integer> line(FormData form) {
        return form.items().number(LINE).filter(n -> n.stripTrailingZeros().scale() <= 0)
                .filter(n -> n.compareTo(BigDecimal.valueOf(1000)) < 0).map(BigDecimal::intValue);
    }

    /** The regimen for messages: the agents' names joined; empty while no agent is named. */
    static Optional<String> regimen(FormData form) {
        var names = form.rows(AGENTS).stream().flatMap(r -> r.values().text(AGENT_NAME).stream()).toList();
        return names.isEmpty() ? Optional.empty() : Optional.of(String.join(" + ", names));
    }
}
