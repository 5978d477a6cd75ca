package org.ioedc.forms.irae;

import java.math.BigDecimal;
import java.util.Optional;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.ctcae.CtcaeDictionary;
import org.ioedc.forms.ctcae.CtcaeTerm;

/** The item OIDs of F.AE and small readers the checks share. */
final class Ae {
    static final String FORM = "F.AE";
    static final String TERM = "AE.TERM";
    static final String MEDDRA = "AE.MEDDRA";
    static final String GRADE = "AE.GRADE";
    static final String START = "AE.STDAT";
    static final String END = "AE.ENDAT";
    static final String ONGOING = "AE.ONGO";
    static final String ACTION = "AE.ACN";
    static final String OUTCOME = "AE.OUT";
    static final String DEATH_DATE = "AE.DTHDAT";
    static final String IMMUNE_RELATED = "AE.IRAE";
    static final String STEROID = "AE.CS";
    static final String NO_STEROID_REASON = "AE.CSNORSN";

    private Ae() {
    }

    /** The grade when it is a whole number, else empty (metadata validation reports the rest). */
    static Optional<Integer> grade(FormData form) {
        return form.items().number(GRADE).filter(g -> g.stripTrailingZeros().scale() <= 0)
                .filter(g -> g.compareTo(BigDecimal.valueOf(100)) < 0).map(BigDecimal::intValue);
    }

    static boolean isTrue(FormData form, String itemOid) {
        return form.items().text(itemOid).filter("true"::equals).isPresent();
    }

    static Optional<CtcaeTerm> term(FormData form) {
        return form.items().text(MEDDRA).flatMap(code -> CtcaeDictionary.load().byCode(code));
    }
}
