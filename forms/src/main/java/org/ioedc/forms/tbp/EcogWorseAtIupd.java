package org.ioedc.forms.tbp;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.SubjectRecord;
import org.ioedc.forms.deviation.DeviationFinding;
import org.ioedc.forms.deviation.DeviationRule;
import org.ioedc.forms.deviation.Severity;
import org.ioedc.forms.deviation.StudySchedule;
import org.ioedc.forms.exposure.ExposureLog;
import org.ioedc.forms.tumour.CourseState;
import org.ioedc.forms.tumour.IrecistCourse;

/**
 * DEV-ECOG-IUPD: ECOG performance status worse at iUPD than at baseline while the study drug continues
 * (spec irae-tbp-therapy.md, "Protocol deviations"; iRECIST, Seymour 2017: treatment beyond iUPD requires
 * no decline in performance status).
 *
 * <ul>
 *   <li>Baseline ECOG: the vital-signs form (CORE {@code F.VS}) dated last on or before the first dose.</li>
 *   <li>ECOG at iUPD: the vital-signs form dated closest to the first iUPD scan of an episode, at most
 *       {@value #NEAR_DAYS} days before or after it (the earlier one on a tie). Without one, nothing is
 *       flagged: there is no ECOG to compare.</li>
 *   <li>Treatment continues: a dose given while that iUPD was pending (see {@link Tbp#whenDosed}).</li>
 * </ul>
 * One finding per iUPD episode, keyed by the date of its first iUPD.
 */
final class EcogWorseAtIupd implements DeviationRule {
    static final String VS_FORM = "F.VS";
    static final String VS_DATE = "VS.VSDAT";
    static final String ECOG = "VS.ECOG";
    /** How far from the iUPD scan a vital-signs form still tells the ECOG "at iUPD". */
    static final int NEAR_DAYS = 14;

    private record Ecog(LocalDate date, int grade) {
    }

    @Override
    public String id() {
        return "DEV-ECOG-IUPD";
    }

    @Override
    public Severity severity() {
        return Severity.MAJOR;
    }

    @Override
    public String description() {
        return "ECOG performance status worse at iUPD (vital signs within " + NEAR_DAYS + " days of the scan) than at "
                + "baseline while the study drug is continued.";
    }

    @Override
    public String closedBy() {
        return "Closes when the ECOG values, the scans or the doses are corrected so that the ECOG at iUPD is no worse "
                + "than at baseline or no dose follows the iUPD.";
    }

    @Override
    public Set<String> reads() {
        return Stream.concat(Stream.of(VS_FORM, ExposureLog.FORM), Tbp.TUMOUR_FORMS.stream()).collect(Collectors.toSet());
    }

    @Override
    public List<DeviationFinding> evaluate(SubjectRecord subject, StudySchedule schedule) {
        List<DeviationFinding> findings = new ArrayList<>();
        List<ExposureLog.Dose> doses = ExposureLog.doses(subject);
        if (doses.isEmpty() || subject.firstDose().isEmpty()) {
            return findings;
        }
        List<Ecog> ecogs = ecogs(subject);
        Optional<Ecog> baseline = ecogs.stream().filter(e -> !e.date().isAfter(subject.firstDoseDate()))
                .max(Comparator.comparing(Ecog::date));
        if (baseline.isEmpty()) {
            return findings;
        }
        IrecistCourse course = IrecistCourse.of(subject);
        Set<LocalDate> continuedEpisodes = new TreeSet<>();
        for (ExposureLog.Dose dose : doses) {
            CourseState state = Tbp.whenDosed(course, dose);
            if (state.iupdPending()) {
                continuedEpisodes.add(state.pendingIupdSince());
            }
        }
        for (LocalDate iupd : continuedEpisodes) {
            Optional<Ecog> atIupd = ecogs.stream()
                    .filter(e -> Math.abs(ChronoUnit.DAYS.between(iupd, e.date())) <= NEAR_DAYS)
                    .min(Comparator.comparing((Ecog e) -> Math.abs(ChronoUnit.DAYS.between(iupd, e.date())))
                            .thenComparing(Ecog::date));
            if (atIupd.isEmpty() || atIupd.get().grade() <= baseline.get().grade()) {
                continue;
            }
            LocalDate firstDoseAfter = doses.stream().map(ExposureLog.Dose::date).filter(d -> d.isAfter(iupd)).findFirst()
                    .orElseThrow();
            Map<String, String> values = new LinkedHashMap<>();
            values.put("iupdDate", iupd.toString());
            values.put("baselineEcog", String.valueOf(baseline.get().grade()));
            values.put("baselineEcogDate", baseline.get().date().toString());
            values.put("iupdEcog", String.valueOf(atIupd.get().grade()));
            values.put("iupdEcogDate", atIupd.get().date().toString());
            values.put(ExposureLog.DATE, firstDoseAfter.toString());
            findings.add(new DeviationFinding(id(), null, "iupd:" + iupd,
                    "ECOG performance status was " + atIupd.get().grade() + " on " + atIupd.get().date() + " at the iUPD of "
                            + iupd + ", worse than " + baseline.get().grade() + " at baseline (" + baseline.get().date()
                            + "), yet study drug was given again on " + firstDoseAfter + ". Treatment beyond progression "
                            + "requires no decline in performance status.", values));
        }
        return findings;
    }

    private static List<Ecog> ecogs(SubjectRecord subject) {
        List<Ecog> ecogs = new ArrayList<>();
        for (FormData vs : subject.forms(VS_FORM)) {
            var date = vs.items().date(VS_DATE);
            var grade = vs.items().number(ECOG).filter(g -> g.stripTrailingZeros().scale() <= 0)
                    .filter(g -> g.compareTo(BigDecimal.TEN) < 0).map(BigDecimal::intValue);
            if (date.isPresent() && grade.isPresent()) {
                ecogs.add(new Ecog(date.get(), grade.get()));
            }
        }
        return ecogs;
    }
}
