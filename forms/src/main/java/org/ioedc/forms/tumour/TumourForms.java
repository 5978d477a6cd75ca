package org.ioedc.forms.tumour;

import java.time.LocalDate;
import java.util.Optional;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.ItemValues;

/**
 * The OIDs of the IRECIST module's forms (odm/irecist.xml) and small readers its checks share. The
 * lesion groups use the lesion id as repeat key, so an id is kept across assessments by construction.
 */
public final class TumourForms {

    /** Baseline tumour assessment: a visit form (the demo schedules it at SCREENING). */
    public static final String BASELINE = "F.TUBL";
    /** Follow-up tumour assessment: a log form, one instance per scan, scheduled or not. */
    public static final String FOLLOW_UP = "F.TUFU";

    public static final String DATE = "TU.DAT";
    public static final String SLICE = "TU.SLICE";
    public static final String INVESTIGATOR_RESPONSE = "TU.INVRESP";
    public static final String CLINICALLY_STABLE = "TU.CLINSTAB";
    public static final String TREATMENT_CONTINUES = "TU.TRTCONT";

    /** Baseline target lesions; follow-up target lesions are {@link #FOLLOW_UP_TARGETS}. */
    public static final String BASELINE_TARGETS = "IG.TL";
    public static final String BASELINE_NON_TARGETS = "IG.NTL";
    public static final String FOLLOW_UP_TARGETS = "IG.TLFU";
    public static final String FOLLOW_UP_NON_TARGETS = "IG.NTLFU";
    public static final String NEW_TARGETS = "IG.NLT";
    public static final String NEW_NON_TARGETS = "IG.NLNT";

    public static final String TL_ORGAN = "TL.ORGAN";
    public static final String TL_NODAL = "TL.NODAL";
    public static final String TL_DIAMETER = "TL.DIAM";
    public static final String TL_METHOD = "TL.METHOD";
    public static final String TL_TOO_SMALL = "TL.TSTM";
    public static final String TL_NOT_EVALUATED = "TL.NE";

    public static final String NTL_ORGAN = "NTL.ORGAN";
    public static final String NTL_NODAL = "NTL.NODAL";
    public static final String NTL_METHOD = "NTL.METHOD";
    public static final String NTL_STATUS = "NTL.STAT";

    public static final String NLT_ORGAN = "NLT.ORGAN";
    public static final String NLT_NODAL = "NLT.NODAL";
    public static final String NLT_DIAMETER = "NLT.DIAM";
    public static final String NLT_TOO_SMALL = "NLT.TSTM";
    public static final String NLT_NOT_EVALUATED = "NLT.NE";
    public static final String NLT_METHOD = "NLT.METHOD";

    public static final String NLNT_ORGAN = "NLNT.ORGAN";
    public static final String NLNT_STATUS = "NLNT.STAT";
    public static final String NLNT_METHOD = "NLNT.METHOD";

    /** The derived items (ItemRef MethodOID MT.IRECIST): the site cannot enter them. */
    public static final String BASELINE_DERIVED = "IG.TUBLD";
    public static final String FOLLOW_UP_DERIVED = "IG.TUFUD";
    public static final String D_TARGET_SUM = "TUD.TLSUM";
    public static final String D_CHANGE_FROM_BASELINE = "TUD.CHGBL";
    public static final String D_NADIR = "TUD.NADIR";
    public static final String D_CHANGE_FROM_NADIR = "TUD.CHGNAD";
    public static final String D_NEW_TARGET_SUM = "TUD.NLTSUM";
    public static final String D_TARGET_RESPONSE = "TUD.TLRESP";
    public static final String D_NON_TARGET_RESPONSE = "TUD.NTLRESP";
    public static final String D_NEW_LESIONS_PRESENT = "TUD.NLPRES";
    public static final String D_RESPONSE = "TUD.RESP";
    public static final String D_IUPD_PENDING = "TUD.IUPDPEND";
    public static final String D_FIRST_IUPD_DATE = "TUD.IUPDDAT";
    public static final String D_CONFIRMATION_TIMING = "TUD.CONFTIM";
    public static final String D_IUPD_CONFIRMED_LATER = "TUD.IUPDCONF";
    public static final String D_BEST_OVERALL_RESPONSE = "TUD.BOR";
    public static final String D_PROGRESSION_DATE = "TUD.PDDAT";
    public static final String D_NOTE = "TUD.NOTE";

    private TumourForms() {
    }

    public static Optional<LocalDate> date(FormData form) {
        return form.items().date(DATE);
    }

    /** The subject's baseline form: the earliest dated one (a second baseline is never used). */
    static Optional<FormData> baseline(org.ioedc.forms.crf.SubjectRecord subject) {
        return subject.forms(BASELINE).stream()
                .min(java.util.Comparator.comparing((FormData f) -> date(f).orElse(LocalDate.MAX)));
    }

    /** The lesion's organ for messages: "T1 (LIVER)". */
    static String lesion(org.ioedc.forms.crf.ItemGroupRow row, String organItem) {
        return row.values().text(organItem).map(o -> row.repeatKey() + " (" + o + ")").orElse(row.repeatKey());
    }

    static boolean isTrue(ItemValues values, String itemOid) {
        return values.text(itemOid).filter("true"::equals).isPresent();
    }
}
