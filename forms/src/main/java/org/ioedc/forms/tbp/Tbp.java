package org.ioedc.forms.tbp;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ioedc.forms.crf.FormData;

/** The item OIDs of the TBP decision {@code F.TBP} and the end of treatment {@code F.EOT}. */
final class Tbp {
    static final String FORM = "F.TBP";
    static final String DECISION_DATE = "TBP.DECDAT";
    static final String RECONSENT_DATE = "TBP.RECONDAT";
    static final String BENEFIT = "TBP.BENEFIT";

    /**
     * The clinical stability criteria, each answered yes when met (iRECIST, Seymour 2017, "Treatment
     * beyond progression"; spec irae-tbp-therapy.md), and the investigator's judgement, in form order.
     */
    static final Map<String, String> CRITERIA = Map.of(
            "TBP.ECOG", "no decline in ECOG performance status",
            "TBP.NORAPID", "no rapid progression",
            "TBP.NOCRIT", "no progression at critical sites needing urgent other intervention",
            "TBP.NOSYMP", "no clinically significant symptoms",
            "TBP.TOLER", "tolerating study drug",
            BENEFIT, "investigator's judgement of continued benefit");
    static final List<String> CRITERIA_ORDER = List.of("TBP.ECOG", "TBP.NORAPID", "TBP.NOCRIT", "TBP.NOSYMP", "TBP.TOLER", BENEFIT);

    static final String EOT_FORM = "F.EOT";
    static final String EOT_DATE = "EOT.EOTDAT";

    private Tbp() {
    }

    /** The criteria (and judgement) answered "no", in form order; an unanswered one is not counted. */
    static List<String> unmet(FormData decision) {
        List<String> unmet = new ArrayList<>();
        for (String item : CRITERIA_ORDER) {
            if (decision.items().text(item).filter("false"::equals).isPresent()) {
                unmet.add(item);
            }
        }
        return unmet;
    }
}
