package org.ioedc.forms.irecist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Test builder: a subject's assessments as a readable sequence of measurements.
 *
 * <pre>
 * Seq.baseline().tl(30, 20).node(18).ntl(PRESENT)          // T1 30 mm, T2 20 mm, T3 node 18 mm, N1 present
 *    .day(56).tl(36, 20, 18).ntl(PRESENT).nlt("NL1", 12)   // follow-up 56 days after first dose
 *    .evaluate();
 * </pre>
 * At a follow-up {@code tl(...)} gives the baseline target lesions in order ({@link #NE} = not evaluated,
 * {@link #SMALL} = too small to measure) and {@code ntl(...)} the baseline non-target statuses in order. New
 * lesions are listed explicitly at every assessment, as the CRF requires.
 */
final class Seq {
    /** First dose of every sequence. */
    static final LocalDate FIRST_DOSE = LocalDate.of(2024, 1, 1);
    /** A target lesion NOT EVALUATED. */
    static final double NE = Double.NaN;
    /** A target lesion "too small to measure". */
    static final double SMALL = Double.NEGATIVE_INFINITY;

    private final List<Assessment> done = new ArrayList<>();
    private final List<TargetLesion> baselineTargets = new ArrayList<>();
    private final List<NonTargetLesion> baselineNonTargets = new ArrayList<>();
    private LocalDate date;
    private List<TargetLesion> targets = new ArrayList<>();
    private List<NonTargetLesion> nonTargets = new ArrayList<>();
    private List<NewLesion> newLesions = new ArrayList<>();
    private boolean atBaseline = true;

    private Seq(LocalDate baselineDate) {
        this.date = baselineDate;
    }

    /** Starts with a baseline 7 days before first dose. */
    static Seq baseline() {
        return new Seq(FIRST_DOSE.minusDays(7));
    }

    /** Baseline: adds non-nodal target lesions, each in its own organ. Follow-up: measures the baseline TL. */
    Seq tl(double... mm) {
        if (atBaseline) {
            for (double v : mm) {
                int n = targets.size() + 1;
                targets.add(lesion("T" + n, "ORGAN" + n, false, v));
            }
            return this;
        }
        if (mm.length != baselineTargets.size()) {
            throw new IllegalArgumentException("give all " + baselineTargets.size() + " target lesions");
        }
        for (int k = 0; k < mm.length; k++) {
            TargetLesion b = baselineTargets.get(k);
            targets.add(lesion(b.id(), b.organ(), b.nodal(), mm[k]));
        }
        return this;
    }

    /** Baseline only: adds a nodal target lesion (short axis). */
    Seq node(double mm) {
        int n = targets.size() + 1;
        targets.add(lesion("T" + n, "NODE" + n, true, mm));
        return this;
    }

    /** Baseline: adds non-target lesions N1.. with these statuses. Follow-up: statuses in baseline order. */
    Seq ntl(LesionStatus... statuses) {
        if (atBaseline) {
            for (LesionStatus s : statuses) {
                int n = nonTargets.size() + 1;
                nonTargets.add(new NonTargetLesion("N" + n, "SITE" + n, s));
            }
            return this;
        }
        if (statuses.length != baselineNonTargets.size()) {
            throw new IllegalArgumentException("give all " + baselineNonTargets.size() + " non-target lesions");
        }
        for (int k = 0; k < statuses.length; k++) {
            NonTargetLesion b = baselineNonTargets.get(k);
            nonTargets.add(new NonTargetLesion(b.id(), b.organ(), statuses[k]));
        }
        return this;
    }

    /** A new lesion target ({@link #NE} = not evaluated, {@link #SMALL} = too small, 0 = gone). */
    Seq nlt(String id, double mm) {
        String organ = "NEW_" + id;
        if (Double.isNaN(mm)) {
            newLesions.add(new NewLesion(id, organ, false, true, null, false, null));
        } else if (mm == SMALL) {
            newLesions.add(new NewLesion(id, organ, false, true, null, true, null));
        } else {
            newLesions.add(NewLesion.target(id, organ, false, mm));
        }
        return this;
    }

    /** A nodal new lesion target measured by its short axis. */
    Seq nltNode(String id, double mm) {
        newLesions.add(NewLesion.target(id, "NEW_" + id, true, mm));
        return this;
    }

    /** A new non-target lesion with its status. */
    Seq nlnt(String id, LesionStatus status) {
        newLesions.add(NewLesion.nonTarget(id, "NEW_" + id, status));
        return this;
    }

    /** Closes the current assessment and opens a follow-up {@code day} days after first dose. */
    Seq day(int day) {
        close();
        date = FIRST_DOSE.plusDays(day);
        return this;
    }

    private void close() {
        if (atBaseline) {
            baselineTargets.addAll(targets);
            baselineNonTargets.addAll(nonTargets);
            atBaseline = false;
        }
        done.add(new Assessment(date, targets, nonTargets, newLesions));
        targets = new ArrayList<>();
        nonTargets = new ArrayList<>();
        newLesions = new ArrayList<>();
    }

    List<Assessment> assessments() {
        List<Assessment> all = new ArrayList<>(done);
        all.add(new Assessment(date, targets, nonTargets, newLesions));
        return all;
    }

    ResponseEvaluation evaluate() {
        return evaluate(IrecistSettings.defaults());
    }

    ResponseEvaluation evaluate(IrecistSettings settings) {
        return IrecistEngine.evaluate(FIRST_DOSE, assessments(), settings);
    }

    /** The follow-up timepoint responses, in order. */
    List<TimepointResponse> responses() {
        return responses(evaluate());
    }

    static List<TimepointResponse> responses(ResponseEvaluation e) {
        return e.followUps().stream().map(TimepointResult::overallResponse).collect(Collectors.toList());
    }

    static BigDecimal bd(String v) {
        return new BigDecimal(v);
    }

    private static TargetLesion lesion(String id, String organ, boolean nodal, double mm) {
        if (Double.isNaN(mm)) {
            return TargetLesion.notEvaluated(id, organ, nodal);
        }
        if (mm == SMALL) {
            return TargetLesion.tooSmall(id, organ, nodal);
        }
        return TargetLesion.measured(id, organ, nodal, mm);
    }
}
