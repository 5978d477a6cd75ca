package org.ioedc.forms.irecist;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Derives iRECIST responses from a subject's tumour assessments: category responses, timepoint responses,
 * best overall response (iBOR) and date of progression. Stateless; assumes input that
 * {@link AssessmentValidator} accepts and throws {@link IllegalArgumentException} otherwise.
 *
 * <h2>Rules (spec {@code irecist.md} section 2 first, then Seymour 2017 and RECIST 1.1)</h2>
 * <ol>
 *   <li><b>Sums.</b> TL sum = nodal short axes + non-nodal longest diameters; a TL "too small to measure"
 *       counts 5 mm, a disappeared one 0 mm. Nadir = smallest complete TL sum of the earlier assessments,
 *       baseline included. NLT sum likewise over the new lesion targets.</li>
 *   <li><b>TL response</b> (RECIST 1.1 section 4.3.1): a TL NOT EVALUATED gives NE unless the evaluated
 *       lesions alone reach the PD level; then CR (every non-nodal 0 mm, every node &lt; 10 mm); then PD level
 *       (sum &ge; 1.20 x nadir and sum - nadir &ge; 5 mm); then PR (sum &le; 0.70 x baseline); else SD.</li>
 *   <li><b>NTL response</b> (RECIST 1.1 section 4.3.2): any UNEQUIVOCAL_PROGRESSION: PD; else any
 *       NOT_EVALUATED: NE; else all ABSENT: CR; else NON-CR/NON-PD.</li>
 *   <li><b>New lesions</b>: present when any new lesion is not absent.</li>
 *   <li><b>Timepoint response without a pending iUPD</b> (RECIST 1.1 Tables 1 and 2 with the i-prefix =
 *       Seymour Table 2, first column): any PD-level category: iUPD (its triggers and the TL and NLT sums
 *       are remembered); otherwise the table.</li>
 *   <li><b>With a pending iUPD</b> (Seymour Table 2, second column, and the text on iCPD): iCPD when
 *       (a) TL were a trigger and the TL sum is &ge; 5 mm above the TL sum at the first iUPD of the episode
 *       (cumulative),
 *       (b) NTL were a trigger and NTL show INCREASED or UNEQUIVOCAL_PROGRESSION,
 *       (c) new lesions were a trigger (present at the first iUPD: "previously identified") and the NLT sum is
 *       &ge; 5 mm above its value at the first iUPD, or an NLNT is INCREASED or UNEQUIVOCAL_PROGRESSION,
 *       (d) a new lesion id appears, or (e) a category that was not a trigger now reaches its RECIST 1.1 PD
 *       level (TL: +20 % and +5 mm over the nadir). Otherwise the table: iCR, iPR, iSD (or NON-iCR/NON-iUPD)
 *       resets the episode; NE keeps it pending; anything else remains iUPD.</li>
 *   <li><b>Confirmation window</b>: an assessment &lt; 28 days after the first iUPD of the episode confirms
 *       only by a new lesion id, otherwise stays iUPD (NE when not evaluable), neither resets nor restarts
 *       the clock; one &gt; 56 days is used. Both are flagged.</li>
 *   <li><b>iBOR</b> (spec ranking; Seymour Table 3): iCR &gt; iPR &gt; iSD &gt; NON-iCR/NON-iUPD &gt; iCPD &gt;
 *       iUPD &gt; NE over the timepoints up to the first iCPD; an iUPD of the confirmed episode counts iCPD;
 *       iSD (and NON-iCR/NON-iUPD) earlier than the minimum interval from first dose counts NE; with
 *       confirmation of response required, an unconfirmed iCR/iPR counts as iSD (NON-iCR/NON-iUPD without TL).
 *       Progression date: the first iUPD of the confirmed episode.</li>
 * </ol>
 *
 * <h2>Choices where the sources are silent</h2>
 * <ul>
 *   <li>TL CR is checked before the PD level: nodes all &lt; 10 mm and non-nodal all 0 mm is CR even if the
 *       sum of the node short axes has risen 20 % and 5 mm over the nadir (RECIST: such nodes are normal).</li>
 *   <li>The nadir reported and used at an assessment is the smallest complete sum of the earlier assessments;
 *       an assessment with a TL NOT EVALUATED never becomes the nadir.</li>
 *   <li>If the TL (or NLT) sum at the first iUPD was incomplete, the first complete sum later in the episode
 *       is the reference for the +5 mm confirmation; a partial sum confirms when the evaluated lesions alone
 *       are already 5 mm above the reference.</li>
 *   <li>Rules 6(a) and 6(c) apply only to a category that triggered the iUPD (Seymour 2017 Table 2 rows 7-10
 *       and the text on iCPD: the +5 mm is measured on target lesions that were iUPD and on previously
 *       identified new lesions). Target lesions that were not a trigger confirm only by reaching RECIST 1.1
 *       PD against the nadir, rule 6(e): a new-lesion iUPD with the TL sum at 54 mm (nadir 50) stays iUPD at
 *       59 mm and is confirmed at 60 mm. The spec's bullet for (a) does not say so; the paper is followed.</li>
 *   <li>"A new lesion id appears" means a new lesion present now whose id was recorded at no earlier
 *       assessment.</li>
 *   <li>A new lesion NOT EVALUATED counts as present (spec: "present when any new lesion is not ABSENT");
 *       a nodal new lesion target with short axis &lt; 10 mm counts as absent (a normal node).</li>
 *   <li>Without target lesions, NON-iCR/NON-iUPD resets a pending iUPD like iSD, and needs the iSD minimum
 *       interval for iBOR.</li>
 *   <li>An early (&lt; 28 days) assessment that is not evaluable is NE; otherwise it is iUPD.</li>
 *   <li>Assessments after the iCPD are reported iCPD (flag {@code afterConfirmedProgression}) and ignored for
 *       iBOR (Seymour Table 3, example 6: "iUPD, iCPD, any, any, any: iCPD").</li>
 *   <li>The window deviation flag is raised for every early assessment and for the first non-early
 *       assessment of the episode when it is late; later assessments of a long-pending episode are LATE but
 *       not flagged again.</li>
 *   <li>Confirmation of response (when required): an iCR is confirmed by a later iCR, an iPR by a later iPR or
 *       iCR, at least 28 days later, with only NE or equally good responses in between; an unconfirmed iCR
 *       followed by a confirming iPR counts iPR (RECIST 1.1 section 4.6 and Table 3).</li>
 * </ul>
 */
public final class IrecistEngine {

    static final BigDecimal FIVE_MM = new BigDecimal("5");
    static final BigDecimal NODE_NORMAL_BELOW_MM = new BigDecimal("10");
    static final BigDecimal HUNDRED = new BigDecimal("100");
    /** PD level: sum x 100 &ge; nadir x 120 (RECIST 1.1 section 4.3.1). */
    static final BigDecimal PD_PERCENT_OF_NADIR = new BigDecimal("120");
    /** PR: sum x 100 &le; baseline x 70, i.e. at least a 30 % decrease (RECIST 1.1 section 4.3.1). */
    static final BigDecimal PR_PERCENT_OF_BASELINE = new BigDecimal("70");

    private IrecistEngine() {
    }

    /** {@link #evaluate(LocalDate, List, IrecistSettings)} with {@link IrecistSettings#defaults()}. */
    public static ResponseEvaluation evaluate(LocalDate firstDoseDate, List<Assessment> assessments) {
        return evaluate(firstDoseDate, assessments, IrecistSettings.defaults());
    }

    /**
     * Derives every timepoint response, the iBOR and the date of progression.
     *
     * @param firstDoseDate date of the first dose of study treatment
     * @param assessments   the baseline first, then the follow-ups in date order
     * @param settings      study settings
     * @throws IllegalArgumentException when {@link AssessmentValidator#validate} reports a fault
     */
    public static ResponseEvaluation evaluate(LocalDate firstDoseDate, List<Assessment> assessments,
                                              IrecistSettings settings) {
        Objects.requireNonNull(settings, "settings");
        List<InputFault> faults = AssessmentValidator.validate(firstDoseDate, assessments);
        if (!faults.isEmpty()) {
            throw new IllegalArgumentException("invalid iRECIST input: " + faults);
        }
        return new Run(firstDoseDate, assessments, settings).evaluate();
    }

    // ------------------------------------------------------------------------------------------------
    // Category findings of one follow-up assessment (spec section 2, "Category responses at a follow-up")

    /** What the lesions of one follow-up show, before any iUPD logic. */
    private record Findings(
            BigDecimal completeSum, BigDecimal evaluatedSum, TargetResponse targetResponse,
            NonTargetResponse nonTargetResponse, boolean nonTargetIncrease,
            boolean newLesionsPresent, BigDecimal nltCompleteSum, BigDecimal nltEvaluatedSum,
            boolean nlntIncrease, List<String> newIdsAppeared) {

        boolean targetPd() {
            return targetResponse == TargetResponse.PD;
        }

        boolean nonTargetPd() {
            return nonTargetResponse == NonTargetResponse.PD;
        }
    }

    /** Sum of the evaluated TL (null when there are none). */
    static BigDecimal evaluatedSum(List<TargetLesion> lesions) {
        if (lesions.isEmpty()) {
            return null;
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (TargetLesion tl : lesions) {
            if (tl.evaluated()) {
                sum = sum.add(tl.sumContributionMm()); // too small = 5 mm, disappeared = 0 mm (spec s1)
            }
        }
        return sum;
    }

    /** TL sum when every TL was evaluated, else null (spec s2 "Sums"). */
    static BigDecimal completeSum(List<TargetLesion> lesions) {
        if (lesions.isEmpty() || lesions.stream().anyMatch(tl -> !tl.evaluated())) {
            return null;
        }
        return evaluatedSum(lesions);
    }

    /** RECIST 1.1 s4.3.1 / spec s2: PD level when sum &ge; 1.20 x nadir AND sum - nadir &ge; 5 mm. */
    static boolean reachesPdLevel(BigDecimal sum, BigDecimal nadir) {
        return sum.multiply(HUNDRED).compareTo(nadir.multiply(PD_PERCENT_OF_NADIR)) >= 0
                && sum.subtract(nadir).compareTo(FIVE_MM) >= 0;
    }

    /** RECIST 1.1 s4.3.1 / spec s2: PR when sum &le; 0.70 x baseline sum (exactly -30 % is PR). */
    static boolean reachesPr(BigDecimal sum, BigDecimal baselineSum) {
        return sum.multiply(HUNDRED).compareTo(baselineSum.multiply(PR_PERCENT_OF_BASELINE)) <= 0;
    }

    /** RECIST 1.1 s4.3.1 / spec s2: CR when every non-nodal TL is 0 mm and every nodal TL &lt; 10 mm. */
    static boolean allTargetsCompleteResponse(List<TargetLesion> lesions) {
        for (TargetLesion tl : lesions) {
            BigDecimal mm = tl.sumContributionMm();
            boolean gone = tl.nodal() ? mm.compareTo(NODE_NORMAL_BELOW_MM) < 0 : mm.signum() == 0;
            if (!gone) {
                return false;
            }
        }
        return true;
    }

    static TargetResponse targetResponse(List<TargetLesion> lesions, BigDecimal baselineSum, BigDecimal nadir) {
        if (lesions.isEmpty()) {
            return null; // non-target disease only (RECIST 1.1 Table 2)
        }
        BigDecimal evaluated = evaluatedSum(lesions);
        BigDecimal complete = completeSum(lesions);
        if (complete == null) {
            // spec s2: NE when any TL is NOT EVALUATED, unless the evaluated lesions alone reach the PD level
            return reachesPdLevel(evaluated, nadir) ? TargetResponse.PD : TargetResponse.NE;
        }
        if (allTargetsCompleteResponse(lesions)) {
            return TargetResponse.CR; // spec s2 TL CR (checked first: nodes < 10 mm are normal)
        }
        if (reachesPdLevel(complete, nadir)) {
            return TargetResponse.PD; // spec s2 PD level: +20 % and +5 mm over the nadir
        }
        if (reachesPr(complete, baselineSum)) {
            return TargetResponse.PR; // spec s2 PR: <= 0.70 x baseline
        }
        return TargetResponse.SD; // spec s2: otherwise SD
    }

    static NonTargetResponse nonTargetResponse(List<NonTargetLesion> lesions) {
        if (lesions.isEmpty()) {
            return null; // no NTL at baseline
        }
        // spec s2 NTL: PD when any unequivocal progression
        if (lesions.stream().anyMatch(l -> l.status() == LesionStatus.UNEQUIVOCAL_PROGRESSION)) {
            return NonTargetResponse.PD;
        }
        // spec s2 NTL: NE when any NOT_EVALUATED (and none progressed)
        if (lesions.stream().anyMatch(l -> l.status() == LesionStatus.NOT_EVALUATED)) {
            return NonTargetResponse.NE;
        }
        // spec s2 NTL: CR when all ABSENT
        if (lesions.stream().allMatch(l -> l.status() == LesionStatus.ABSENT)) {
            return NonTargetResponse.CR;
        }
        return NonTargetResponse.NON_CR_NON_PD; // spec s2 NTL: otherwise non-CR/non-PD
    }

    // ------------------------------------------------------------------------------------------------

    /** An iUPD episode: from its first iUPD until it is confirmed (iCPD) or reset (iSD/iPR/iCR). */
    private static final class Episode {
        final LocalDate firstIupdDate;
        final Set<ProgressionCategory> triggers;
        // The +5 mm references (Seymour Table 2 rows 7-10) exist only for a category that triggered the iUPD:
        BigDecimal targetReference;     // TL sum at the first iUPD (or first complete sum in the episode)
        BigDecimal newTargetReference;  // NLT sum at the first iUPD (or first complete NLT sum in the episode)
        boolean nonEarlySeen;           // a non-early assessment has been made in this episode

        Episode(LocalDate firstIupdDate, Set<ProgressionCategory> triggers, Findings first) {
            this.firstIupdDate = firstIupdDate;
            this.triggers = Set.copyOf(triggers);
            updateMissingReferences(first);
        }

        /** Target lesions reached the RECIST 1.1 PD level at the first iUPD. */
        boolean targetTriggered() {
            return triggers.contains(ProgressionCategory.TARGET_LESIONS);
        }

        /** New lesions were present at the first iUPD (Seymour: "previously identified" new lesions). */
        boolean newLesionsTriggered() {
            return triggers.contains(ProgressionCategory.NEW_LESIONS);
        }

        /**
         * Sets a reference still missing from these findings. Choice: a reference incomplete at the first iUPD
         * (a lesion NOT EVALUATED) is the first complete sum later in the episode.
         */
        void updateMissingReferences(Findings f) {
            if (targetReference == null && targetTriggered()) {
                targetReference = f.completeSum();
            }
            if (newTargetReference == null && newLesionsTriggered()) {
                newTargetReference = f.nltCompleteSum();
            }
        }
    }

    /** Mutable draft of a {@link TimepointResult}. */
    private static final class Draft {
        LocalDate date;
        boolean baseline;
        BigDecimal targetSum;
        BigDecimal evaluatedTargetSum;
        BigDecimal changeFromBaselinePct;
        BigDecimal changeFromNadirPct;
        BigDecimal nadir;
        BigDecimal newLesionTargetSum;
        TargetResponse targetResponse;
        NonTargetResponse nonTargetResponse;
        Boolean newLesionsPresent;
        TimepointResponse overall;
        final List<String> reasons = new ArrayList<>();
        boolean iupdPending;
        LocalDate firstIupdDate;
        Integer daysSinceFirstIupd;
        ConfirmationTiming timing = ConfirmationTiming.NOT_PENDING;
        boolean windowDeviation;
        Set<ProgressionCategory> triggers = Set.of();
        List<String> newIdsAppeared = List.of();
        boolean iupdConfirmedLater;
        boolean afterConfirmedProgression;

        TimepointResult build() {
            return new TimepointResult(date, baseline, targetSum, evaluatedTargetSum, changeFromBaselinePct,
                    changeFromNadirPct, nadir, newLesionTargetSum, targetResponse, nonTargetResponse,
                    newLesionsPresent, overall, reasons, iupdPending, firstIupdDate, daysSinceFirstIupd, timing,
                    windowDeviation, triggers, newIdsAppeared, iupdConfirmedLater, afterConfirmedProgression);
        }
    }

    /** One evaluation. */
    private static final class Run {
        private final LocalDate firstDoseDate;
        private final List<Assessment> assessments;
        private final IrecistSettings settings;
        private final boolean hasTargets;
        private final BigDecimal baselineSum;
        private final List<Draft> drafts = new ArrayList<>();
        private final List<String> notes = new ArrayList<>();
        private final Set<String> recordedNewLesionIds = new HashSet<>();
        private BigDecimal nadir;
        private Episode pending;
        private Episode confirmed;
        private LocalDate confirmedOn;

        Run(LocalDate firstDoseDate, List<Assessment> assessments, IrecistSettings settings) {
            this.firstDoseDate = firstDoseDate;
            this.assessments = assessments;
            this.settings = settings;
            Assessment baseline = assessments.get(0);
            this.hasTargets = !baseline.targetLesions().isEmpty();
            this.baselineSum = completeSum(baseline.targetLesions());
            this.nadir = baselineSum; // spec s2: nadir includes the baseline
        }

        ResponseEvaluation evaluate() {
            Draft base = new Draft();
            Assessment baseline = assessments.get(0);
            base.date = baseline.date();
            base.baseline = true;
            base.targetSum = mm(baselineSum);
            base.evaluatedTargetSum = mm(baselineSum);
            drafts.add(base);
            for (int i = 1; i < assessments.size(); i++) {
                drafts.add(followUp(assessments.get(i)));
            }
            TimepointResponse best = bestOverallResponse();
            List<TimepointResult> results = drafts.stream().map(Draft::build).collect(Collectors.toList());
            return new ResponseEvaluation(results, best, confirmed == null ? null : confirmed.firstIupdDate,
                    settings.requireConfirmationOfResponse(), notes);
        }

        private Findings findings(Assessment a) {
            BigDecimal complete = completeSum(a.targetLesions());
            BigDecimal evaluated = evaluatedSum(a.targetLesions());
            TargetResponse tr = targetResponse(a.targetLesions(), baselineSum, nadir);
            NonTargetResponse ntr = nonTargetResponse(a.nonTargetLesions());
            boolean ntlIncrease = a.nonTargetLesions().stream().anyMatch(l -> l.status().isIncrease());
            // spec s2: new lesions present when any new lesion is not ABSENT
            boolean nlPresent = a.newLesions().stream().anyMatch(nl -> !nl.absent());
            List<NewLesion> nlt = a.newLesions().stream().filter(NewLesion::target).collect(Collectors.toList());
            BigDecimal nltEvaluated = null;
            BigDecimal nltComplete = null;
            if (!nlt.isEmpty()) {
                nltEvaluated = nlt.stream().filter(NewLesion::evaluated).map(NewLesion::sumContributionMm)
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                nltComplete = nlt.stream().allMatch(NewLesion::evaluated) ? nltEvaluated : null;
            }
            boolean nlntIncrease = a.newLesions().stream()
                    .anyMatch(nl -> !nl.target() && nl.status().isIncrease());
            List<String> appeared = a.newLesions().stream()
                    .filter(nl -> !nl.absent() && !recordedNewLesionIds.contains(nl.id()))
                    .map(NewLesion::id).collect(Collectors.toList());
            return new Findings(complete, evaluated, tr, ntr, ntlIncrease, nlPresent, nltComplete, nltEvaluated,
                    nlntIncrease, appeared);
        }

        private Draft followUp(Assessment a) {
            Findings f = findings(a);
            Draft d = new Draft();
            d.date = a.date();
            d.targetSum = mm(f.completeSum());
            d.evaluatedTargetSum = mm(f.evaluatedSum());
            d.nadir = mm(nadir);
            if (f.completeSum() != null) {
                d.changeFromBaselinePct = percentChange(f.completeSum(), baselineSum);
                d.changeFromNadirPct = nadir.signum() == 0 ? null : percentChange(f.completeSum(), nadir);
            }
            d.newLesionTargetSum = mm(f.nltCompleteSum());
            d.targetResponse = f.targetResponse();
            d.nonTargetResponse = f.nonTargetResponse();
            d.newLesionsPresent = f.newLesionsPresent();
            d.newIdsAppeared = f.newIdsAppeared();

            if (confirmed != null) {
                // Seymour Table 3 example 6: after iCPD later timepoints ("any") do not change iBOR.
                d.overall = TimepointResponse.ICPD;
                d.afterConfirmedProgression = true;
                d.firstIupdDate = confirmed.firstIupdDate;
                d.triggers = confirmed.triggers;
                d.reasons.add("progression confirmed (iCPD) on " + confirmedOn
                        + "; later assessments are not used for response");
            } else if (pending == null) {
                withoutPendingIupd(a, f, d);
            } else {
                withPendingIupd(a, f, d);
            }
            d.iupdPending = pending != null && confirmed == null;

            // spec s2: nadir = smallest TL sum so far over assessments where every TL was evaluated
            if (f.completeSum() != null && f.completeSum().compareTo(nadir) < 0) {
                nadir = f.completeSum();
            }
            a.newLesions().forEach(nl -> recordedNewLesionIds.add(nl.id()));
            return d;
        }

        /** Spec s2 "Timepoint response with no iUPD pending"; Seymour Table 2 first column. */
        private void withoutPendingIupd(Assessment a, Findings f, Draft d) {
            Set<ProgressionCategory> pd = EnumSet.noneOf(ProgressionCategory.class);
            TimepointResponse r = table(f, d.reasons, pd);
            d.overall = r;
            if (r == TimepointResponse.IUPD) {
                // spec s2: remember the triggers and their values (TL sum, NLT sum, new lesion ids)
                pending = new Episode(a.date(), pd, f);
                d.firstIupdDate = a.date();
                d.triggers = pending.triggers;
            }
        }

        /** Spec s2 "Timepoint response with iUPD pending"; Seymour Table 2 second column. */
        private void withPendingIupd(Assessment a, Findings f, Draft d) {
            Episode e = pending;
            long days = ChronoUnit.DAYS.between(e.firstIupdDate, a.date());
            d.firstIupdDate = e.firstIupdDate;
            d.daysSinceFirstIupd = Math.toIntExact(days);
            d.triggers = e.triggers;
            // spec s2 "Confirmation window": 28 to 56 days after the first iUPD of the episode
            if (days < settings.confirmationWindowMinDays()) {
                d.timing = ConfirmationTiming.EARLY;
                d.windowDeviation = true;
            } else {
                d.timing = days > settings.confirmationWindowMaxDays()
                        ? ConfirmationTiming.LATE : ConfirmationTiming.IN_WINDOW;
                d.windowDeviation = d.timing == ConfirmationTiming.LATE && !e.nonEarlySeen;
                e.nonEarlySeen = true;
            }
            if (d.windowDeviation) {
                notes.add("assessment " + a.date() + " was " + days + " days after the first iUPD of "
                        + e.firstIupdDate + (d.timing == ConfirmationTiming.EARLY
                        ? " (< " + settings.confirmationWindowMinDays() + "): not used to confirm iCPD unless a"
                        + " new lesion appears; protocol deviation"
                        : " (> " + settings.confirmationWindowMaxDays() + "): used; protocol deviation"));
            }

            List<String> confirmations = confirmations(f, e, d.timing == ConfirmationTiming.EARLY);
            if (!confirmations.isEmpty()) {
                d.overall = TimepointResponse.ICPD;
                d.reasons.add("confirms the iUPD of " + e.firstIupdDate);
                d.reasons.addAll(confirmations);
                confirmed = e;
                confirmedOn = a.date();
                pending = null;
                return;
            }
            // Not confirmed: the categories by the table of spec s2 (no iUPD pending).
            List<String> tableReasons = new ArrayList<>();
            TimepointResponse r = table(f, tableReasons, EnumSet.noneOf(ProgressionCategory.class));
            if (d.timing == ConfirmationTiming.EARLY) {
                // spec s2: an early scan stays iUPD, does not reset and does not restart the clock.
                // Choice: a scan that is not evaluable is NE.
                d.overall = r == TimepointResponse.NE ? TimepointResponse.NE : TimepointResponse.IUPD;
                d.reasons.add(days + " days after the first iUPD of " + e.firstIupdDate + " (< "
                        + settings.confirmationWindowMinDays() + "): cannot confirm or reset");
                d.reasons.addAll(tableReasons);
            } else if (r.isResponseOrStable()) {
                // spec s2 / Seymour Table 2 rows 1-4 with prior iUPD: iCR, iPR, iSD reset the iUPD.
                d.overall = r;
                d.reasons.add("resets the iUPD of " + e.firstIupdDate);
                d.reasons.addAll(tableReasons);
                pending = null;
            } else if (r == TimepointResponse.NE) {
                // spec s2: NE assessments keep the iUPD pending (Seymour Table 3 example 8)
                d.overall = TimepointResponse.NE;
                d.reasons.addAll(tableReasons);
                d.reasons.add("iUPD of " + e.firstIupdDate + " still pending");
            } else {
                // Seymour Table 2 second column: "remains iUPD"
                d.overall = TimepointResponse.IUPD;
                d.reasons.add("iUPD of " + e.firstIupdDate + " not confirmed");
                d.reasons.addAll(tableReasons);
            }
            if (pending != null) {
                e.updateMissingReferences(f);
            }
        }

        /** Spec s2: the conditions under which an assessment confirms the pending iUPD as iCPD. */
        private List<String> confirmations(Findings f, Episode e, boolean early) {
            List<String> reasons = new ArrayList<>();
            // spec s2 (d): the number of new lesions has increased (a new lesion id appears); allowed early
            // (spec s2 confirmation window; iRECIST FAQ "scans done less than 4 weeks after iUPD").
            if (!f.newIdsAppeared().isEmpty()) {
                reasons.add("new lesion(s) " + String.join(", ", f.newIdsAppeared()) + " since the first iUPD");
            }
            if (early) {
                return reasons;
            }
            // spec s2 (a); Seymour Table 2 rows 7-9: when TL triggered the iUPD, TL sum >= 5 mm over the TL sum at
            // the first iUPD (cumulative over consecutive iUPD assessments: +4 mm then +2 mm confirms). TL that
            // were not a trigger confirm only by RECIST 1.1 PD against the nadir, (e) below (Seymour row 10).
            if (e.targetTriggered() && e.targetReference != null && f.evaluatedSum() != null) {
                BigDecimal increase = f.evaluatedSum().subtract(e.targetReference);
                if (increase.compareTo(FIVE_MM) >= 0) {
                    reasons.add("target lesion sum +" + mm(increase).toPlainString() + " mm over "
                            + mm(e.targetReference).toPlainString() + " mm at the first iUPD");
                }
            }
            // spec s2 (b); Seymour Table 2 rows 6, 8 and 9: any further NTL increase when NTL triggered the iUPD
            if (e.triggers.contains(ProgressionCategory.NON_TARGET_LESIONS) && f.nonTargetIncrease()) {
                reasons.add("further increase of non-target lesions");
            }
            // spec s2 (c); Seymour Table 2 rows 5, 9 and 10: when new lesions triggered the iUPD ("previously
            // identified"), NLT sum +5 mm over the first iUPD, or NLNT increase. New lesions that were not a
            // trigger confirm by (d) or (e) below whenever present.
            if (e.newLesionsTriggered()) {
                if (e.newTargetReference != null && f.nltEvaluatedSum() != null) {
                    BigDecimal increase = f.nltEvaluatedSum().subtract(e.newTargetReference);
                    if (increase.compareTo(FIVE_MM) >= 0) {
                        reasons.add("new lesion target sum +" + mm(increase).toPlainString() + " mm over "
                                + mm(e.newTargetReference).toPlainString() + " mm at the first iUPD");
                    }
                }
                if (f.nlntIncrease()) {
                    reasons.add("increase of new non-target lesions");
                }
            }
            // spec s2 (e); iRECIST FAQ: a category that had not triggered the iUPD now reaches its PD level
            if (!e.triggers.contains(ProgressionCategory.TARGET_LESIONS) && f.targetPd()) {
                reasons.add("target lesions now reach RECIST 1.1 PD (sum >= 20% and >= 5 mm above nadir)");
            }
            if (!e.triggers.contains(ProgressionCategory.NON_TARGET_LESIONS) && f.nonTargetPd()) {
                reasons.add("unequivocal progression of non-target lesions");
            }
            if (!e.triggers.contains(ProgressionCategory.NEW_LESIONS) && f.newLesionsPresent()
                    && f.newIdsAppeared().isEmpty()) {
                reasons.add("new lesions present again");
            }
            return reasons;
        }

        /**
         * Spec s2 "Timepoint response with no iUPD pending" (RECIST 1.1 Tables 1 and 2 with the i-prefix; Seymour
         * Table 2 first column). Adds the PD-level categories to {@code pd}.
         */
        private TimepointResponse table(Findings f, List<String> reasons, Set<ProgressionCategory> pd) {
            // Any PD-level category -> iUPD (RECIST 1.1 Table 1 rows PD/any/any, any/PD/any, any/any/yes)
            if (f.targetPd()) {
                pd.add(ProgressionCategory.TARGET_LESIONS);
                reasons.add(f.completeSum() == null
                        ? "target lesions: evaluated lesions alone >= 20% and >= 5 mm above nadir"
                        : "target lesions: sum >= 20% and >= 5 mm above nadir");
            }
            if (f.nonTargetPd()) {
                pd.add(ProgressionCategory.NON_TARGET_LESIONS);
                reasons.add("non-target lesions: unequivocal progression");
            }
            if (f.newLesionsPresent()) {
                pd.add(ProgressionCategory.NEW_LESIONS);
                reasons.add("new lesions");
            }
            if (!pd.isEmpty()) {
                return TimepointResponse.IUPD;
            }
            NonTargetResponse ntr = f.nonTargetResponse();
            if (hasTargets) {
                switch (f.targetResponse()) {
                    case CR:
                        if (ntr == null || ntr == NonTargetResponse.CR) {
                            // RECIST 1.1 Table 1 row CR/CR/no; Seymour Table 2 row 1: iCR
                            reasons.add(ntr == null ? "target lesions CR (no non-target lesions)"
                                    : "target and non-target lesions CR");
                            return TimepointResponse.ICR;
                        }
                        // RECIST 1.1 Table 1 rows CR/non-CR-non-PD/no and CR/not evaluated/no; Seymour row 2: iPR
                        reasons.add("target lesions CR, non-target lesions " + ntr.label());
                        return TimepointResponse.IPR;
                    case PR:
                        // RECIST 1.1 Table 1 row PR/non-PD or not all evaluated/no; Seymour row 3: iPR
                        reasons.add("target lesions PR");
                        return TimepointResponse.IPR;
                    case SD:
                        // RECIST 1.1 Table 1 row SD/non-PD or not all evaluated/no; Seymour row 4: iSD
                        reasons.add("target lesions SD");
                        return TimepointResponse.ISD;
                    case NE:
                        // RECIST 1.1 Table 1 row not all evaluated/non-PD/no: NE
                        reasons.add("target lesions not all evaluated");
                        return TimepointResponse.NE;
                    default:
                        throw new IllegalStateException("unexpected target response " + f.targetResponse());
                }
            }
            // Non-target disease only: RECIST 1.1 Table 2 with the i-prefix
            switch (ntr) {
                case CR:
                    reasons.add("non-target lesions CR (no target lesions)");
                    return TimepointResponse.ICR;
                case NON_CR_NON_PD:
                    reasons.add("non-target lesions non-CR/non-PD (no target lesions)");
                    return TimepointResponse.NON_ICR_NON_IUPD;
                case NE:
                    reasons.add("non-target lesions not all evaluated (no target lesions)");
                    return TimepointResponse.NE;
                default:
                    throw new IllegalStateException("unexpected non-target response " + ntr);
            }
        }

        // --------------------------------------------------------------------------------------------
        // Best overall response (spec s2 "Best overall response"; Seymour Table 3)

        private TimepointResponse bestOverallResponse() {
            List<Draft> followUps = drafts.subList(1, drafts.size());
            if (followUps.isEmpty()) {
                notes.add("no follow-up assessment: best overall response NE");
                return TimepointResponse.NE;
            }
            if (settings.requireConfirmationOfResponse()) {
                notes.add("confirmation of iCR/iPR required: a later assessment at least "
                        + settings.responseConfirmationMinDays() + " days after the response");
            }
            // An iUPD of the confirmed episode counts as iCPD (spec s2; Seymour Table 3 example 7).
            for (Draft d : followUps) {
                if (confirmed != null && d.overall == TimepointResponse.IUPD
                        && confirmed.firstIupdDate.equals(d.firstIupdDate)) {
                    d.iupdConfirmedLater = true;
                }
            }
            TimepointResponse best = null;
            for (int i = 0; i < followUps.size(); i++) {
                Draft d = followUps.get(i);
                if (d.afterConfirmedProgression) {
                    break; // Seymour Table 3 example 6: nothing after iCPD counts
                }
                TimepointResponse c = d.iupdConfirmedLater ? TimepointResponse.ICPD : d.overall;
                if (settings.requireConfirmationOfResponse()
                        && (c == TimepointResponse.ICR || c == TimepointResponse.IPR)) {
                    c = confirmedResponse(followUps, i, c);
                }
                // spec s2: iSD as iBOR needs a minimum interval from first dose; an earlier iSD gives NE.
                // Choice: the same for NON-iCR/NON-iUPD (RECIST 1.1 s4.4.1 "stable disease" minimum).
                if ((c == TimepointResponse.ISD || c == TimepointResponse.NON_ICR_NON_IUPD)
                        && ChronoUnit.DAYS.between(firstDoseDate, d.date) < settings.stableDiseaseMinDays()) {
                    notes.add(c.label() + " on " + d.date + " is " + ChronoUnit.DAYS.between(firstDoseDate, d.date)
                            + " days after first dose (< " + settings.stableDiseaseMinDays()
                            + "): counts NE for the best overall response");
                    c = TimepointResponse.NE;
                }
                if (best == null || c.isBetterThan(best)) {
                    best = c;
                }
            }
            return best;
        }

        /**
         * RECIST 1.1 s4.6 / Table 3 (confirmation required): iCR confirmed by a later iCR, iPR by a later iPR or
         * iCR, at least {@code responseConfirmationMinDays} later, with only NE or as good in between. Otherwise an
         * iCR confirmed as iPR counts iPR; else iSD (NON-iCR/NON-iUPD without target lesions).
         */
        private TimepointResponse confirmedResponse(List<Draft> followUps, int i, TimepointResponse r) {
            Draft d = followUps.get(i);
            if (r == TimepointResponse.ICR && confirmedBy(followUps, i, EnumSet.of(TimepointResponse.ICR))) {
                return TimepointResponse.ICR;
            }
            if (confirmedBy(followUps, i, EnumSet.of(TimepointResponse.ICR, TimepointResponse.IPR))) {
                if (r == TimepointResponse.ICR) {
                    notes.add("iCR on " + d.date + " confirmed only as iPR");
                }
                return TimepointResponse.IPR;
            }
            TimepointResponse downgraded = hasTargets ? TimepointResponse.ISD : TimepointResponse.NON_ICR_NON_IUPD;
            notes.add(r.label() + " on " + d.date + " not confirmed by an assessment at least "
                    + settings.responseConfirmationMinDays() + " days later: counts " + downgraded.label());
            return downgraded;
        }

        private boolean confirmedBy(List<Draft> followUps, int i, Set<TimepointResponse> allowed) {
            LocalDate from = followUps.get(i).date;
            for (int j = i + 1; j < followUps.size(); j++) {
                Draft later = followUps.get(j);
                if (later.afterConfirmedProgression) {
                    return false;
                }
                if (later.overall == TimepointResponse.NE) {
                    continue;
                }
                if (!allowed.contains(later.overall)) {
                    return false;
                }
                if (ChronoUnit.DAYS.between(from, later.date) >= settings.responseConfirmationMinDays()) {
                    return true;
                }
            }
            return false;
        }
    }

    // ------------------------------------------------------------------------------------------------

    /** A length for output: at least one decimal (50 becomes 50.0); null stays null. */
    static BigDecimal mm(BigDecimal value) {
        if (value == null) {
            return null;
        }
        return value.scale() < 1 ? value.setScale(1, RoundingMode.UNNECESSARY) : value;
    }

    /** (value - reference) / reference x 100, rounded half-up to 1 decimal for output only. */
    static BigDecimal percentChange(BigDecimal value, BigDecimal reference) {
        return value.subtract(reference).multiply(HUNDRED).divide(reference, 1, RoundingMode.HALF_UP);
    }
}
