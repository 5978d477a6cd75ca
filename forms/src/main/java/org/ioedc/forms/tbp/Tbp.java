package org.ioedc.forms.tbp;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.exposure.ExposureLog;
import org.ioedc.forms.tumour.CourseState;
import org.ioedc.forms.tumour.IrecistCourse;
import org.ioedc.forms.tumour.TumourForms;

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

    /** The forms the subject's iRECIST course is read from (IRECIST module). */
    static final List<String> TUMOUR_FORMS = List.of(TumourForms.BASELINE, TumourForms.FOLLOW_UP);

    static final String EOT_FORM = "F.EOT";
    static final String EOT_DATE = "EOT.EOTDAT";

    private Tbp() {
    }

    /**
     * Where the iRECIST course stood when a dose was given: from the scans dated before the dose day. A scan
     * dated on the day of the dose is taken as read after it (the spec's "dose given after iUPD/iCPD"):
     * a dose on the day of the iCPD scan is not flagged, a dose the day after is.
     */
    static CourseState whenDosed(IrecistCourse course, ExposureLog.Dose dose) {
        return course.stateAt(dose.date().minusDays(1));
    }

    /** The TBP decisions dated on or after {@code from} and on or before {@code to}, earliest first. */
    static List<FormData> decisionsBetween(SubjectRecord subject, LocalDate from, LocalDate to) {
        return subject.forms(FORM).stream()
                .filter(d -> d.items().date(DECISION_DATE).filter(x -> !x.isBefore(from) && !x.isAfter(to)).isPresent())
                .sorted(Comparator.comparing(d -> d.items().date(DECISION_DATE).orElseThrow()))
                .toList();
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
