package org.ioedc.forms.exposure;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.ioedc.forms.crf.FormData;
import org.ioedc.forms.crf.SubjectRecord;

/**
 * The item OIDs of the study drug administration log {@code F.EX} and what other modules' rules read
 * from it: the doses actually given, in date order.
 */
public final class ExposureLog {
    public static final String FORM = "F.EX";
    public static final String DATE = "EX.EXDAT";
    public static final String ADMINISTERED = "EX.ADMIN";
    public static final String DOSE = "EX.DOSE";
    public static final String UNIT = "EX.UNIT";
    public static final String REASON_NOT_GIVEN = "EX.REASND";
    public static final String REASON_SPECIFY = "EX.REASNDSP";

    private ExposureLog() {
    }

    /** One administration that was given: an {@code F.EX} instance with administered = yes and a date. */
    public record Dose(LocalDate date, String instanceKey) {
    }

    /**
     * The days the subject was given study drug, earliest first, one dose per day: a second record of the same
     * day is the same day's dosing (EX-004 queries it), so a rule keyed by the dose date flags it once. A
     * record not (yet) marked administered is no dose.
     */
    public static List<Dose> doses(SubjectRecord subject) {
        Map<LocalDate, Dose> byDay = new TreeMap<>();
        subject.forms(FORM).stream().filter(ExposureLog::administered)
                .forEach(f -> f.items().date(DATE).ifPresent(d -> byDay.putIfAbsent(d, new Dose(d, f.instanceKey()))));
        return List.copyOf(byDay.values());
    }

    /** The doses given strictly after {@code day}, earliest first. */
    public static List<Dose> dosesAfter(SubjectRecord subject, LocalDate day) {
        return doses(subject).stream().filter(d -> d.date().isAfter(day)).toList();
    }

    /** The date of the last dose given, if any. */
    public static Optional<LocalDate> lastDose(SubjectRecord subject) {
        List<Dose> doses = doses(subject);
        return doses.isEmpty() ? Optional.empty() : Optional.of(doses.get(doses.size() - 1).date());
    }

    static boolean administered(FormData form) {
        return form.items().text(ADMINISTERED).filter("true"::equals).isPresent();
    }

    static boolean notAdministered(FormData form) {
        return form.items().text(ADMINISTERED).filter("false"::equals).isPresent();
    }
}
