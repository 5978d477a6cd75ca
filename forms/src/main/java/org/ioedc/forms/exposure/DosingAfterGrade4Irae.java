package org.ioedc.forms.exposure;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.deviation.DeviationFinding;
import org.ioedc.forms.deviation.DeviationRule;
import org.ioedc.forms.deviation.Severity;
import org.ioedc.forms.deviation.StudySchedule;

/**
 * DEV-IRAE4-DOSE: study drug given after the onset of a grade 4 immune-related AE. Grade 4 irAEs call
 * for permanent discontinuation of the checkpoint inhibitor, except endocrinopathies controlled by
 * hormone replacement (ASCO 2021 and ESMO 2022 irAE management guidelines; spec
 * irae-tbp-therapy.md, AE edit checks). One finding per dose, keyed by the AE's log instance and the
 * dose date: lowering the grade, marking the AE endocrine on replacement, or correcting the dose date
 * or the onset removes it.
 */
final class DosingAfterGrade4Irae implements DeviationRule {
    // Items of the AE log F.AE (IraeModule, docs/irae.md).
    static final String AE_FORM = "F.AE";
    static final String AE_TERM = "AE.TERM";
    static final String AE_GRADE = "AE.GRADE";
    static final String AE_START = "AE.STDAT";
    static final String AE_IMMUNE_RELATED = "AE.IRAE";
    static final String AE_CATEGORY = "AE.IRCAT";
    static final String AE_HORMONE_REPLACEMENT = "AE.HRT";

    @Override
    public String id() {
        return "DEV-IRAE4-DOSE";
    }

    @Override
    public Severity severity() {
        return Severity.CRITICAL;
    }

    @Override
    public String description() {
        return "Study drug given after the onset of a grade 4 immune-related AE (an endocrine irAE on hormone "
                + "replacement excepted).";
    }

    @Override
    public String closedBy() {
        return "Closes when no dose follows the grade 4 irAE any more: the grade, the onset date or the dose "
                + "date is corrected, the dose is marked not given, or the irAE is recorded as endocrine on hormone "
                + "replacement.";
    }

    @Override
    public Set<String> reads() {
        return Set.of(AE_FORM, ExposureLog.FORM);
    }

    @Override
    public List<DeviationFinding> evaluate(SubjectRecord subject, StudySchedule schedule) {
        List<DeviationFinding> findings = new ArrayList<>();
        for (FormData ae : subject.forms(AE_FORM)) {
            var onset = ae.items().date(AE_START);
            if (!grade4Irae(ae) || onset.isEmpty() || endocrineOnReplacement(ae)) {
                continue;
            }
            var term = ae.items().text(AE_TERM);
            for (ExposureLog.Dose dose : ExposureLog.dosesAfter(subject, onset.get())) {
                Map<String, String> values = new LinkedHashMap<>();
                term.ifPresent(t -> values.put(AE_TERM, t));
                values.put(AE_GRADE, "4");
                values.put(AE_START, onset.get().toString());
                values.put(ExposureLog.DATE, dose.date().toString());
                findings.add(new DeviationFinding(id(), null, "ae:" + ae.instanceKey() + ":dose:" + dose.date(),
                        "Study drug was given on " + dose.date() + " after the grade 4 immune-related AE"
                                + term.map(t -> " '" + t + "'").orElse("") + " that started on " + onset.get()
                                + ". A grade 4 irAE requires permanent "
                                + "discontinuation unless it is endocrine and controlled by hormone replacement.",
                        values));
            }
        }
        return findings;
    }

    private static boolean grade4Irae(FormData ae) {
        boolean immune = ae.items().text(AE_IMMUNE_RELATED).filter("true"::equals).isPresent();
        return immune && ae.items().number(AE_GRADE).filter(g -> g.compareTo(BigDecimal.valueOf(4)) == 0).isPresent();
    }

    private static boolean endocrineOnReplacement(FormData ae) {
        return ae.items().text(AE_CATEGORY).filter("ENDOCRINE"::equals).isPresent()
                && ae.items().text(AE_HORMONE_REPLACEMENT).filter("true"::equals).isPresent();
    }
}
