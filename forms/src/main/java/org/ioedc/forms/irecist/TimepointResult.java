package org.ioedc.forms.irecist;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the engine derived for one assessment (spec section 3, {@code timepoints[]}, plus the flags that
 * deviation rules and the investigator cross-check need). At the baseline only {@code date}, {@code baseline}
 * and the sums are set; every response is null.
 *
 * @param date                   assessment date
 * @param baseline               true for the first assessment
 * @param targetSumMm            TL sum (nodal short axes + non-nodal longest diameters, too small = 5 mm) when
 *                               every TL was evaluated; null when a TL was NOT EVALUATED or there are no TL
 * @param evaluatedTargetSumMm   sum over the evaluated TL only (equals {@code targetSumMm} when complete);
 *                               null when there are no TL
 * @param changeFromBaselinePct  (targetSumMm - baseline sum) / baseline sum x 100, rounded half-up to 1 decimal;
 *                               null when {@code targetSumMm} is null
 * @param changeFromNadirPct     (targetSumMm - nadirMm) / nadirMm x 100, 1 decimal; null when
 *                               {@code targetSumMm} is null or the nadir is 0
 * @param nadirMm                the reference nadir for this assessment: the smallest complete TL sum of the
 *                               earlier assessments, baseline included
 * @param newLesionTargetSumMm   sum of the new lesion targets recorded at this assessment when all were
 *                               evaluated; null when none is recorded or one was NOT EVALUATED
 * @param targetResponse         TL category response; null at baseline or without TL
 * @param nonTargetResponse      NTL category response; null at baseline or without NTL
 * @param newLesionsPresent      any new lesion not ABSENT; null at baseline
 * @param overallResponse        timepoint response; null at baseline
 * @param reasons                short human-readable list of what drove the response
 * @param iupdPending            true when an unconfirmed iUPD is pending after this assessment
 * @param firstIupdDate          date of the first iUPD of the episode this assessment belongs to (it started,
 *                               continued, confirmed or reset it); null otherwise
 * @param daysSinceFirstIupd     days from {@code firstIupdDate} when an iUPD was pending before this assessment
 * @param confirmationTiming     EARLY / IN_WINDOW / LATE when an iUPD was pending before this assessment,
 *                               else NOT_PENDING
 * @param confirmationWindowDeviation true for a protocol deviation of the confirmation window: every EARLY
 *                               assessment, and the first non-early assessment of the episode when it is LATE
 * @param iupdTriggers           the categories that triggered the episode's first iUPD (empty when none)
 * @param newLesionIdsAppeared   new lesion ids present here and recorded at no earlier assessment
 * @param iupdConfirmedLater     true for an iUPD whose episode was later confirmed (it counts as iCPD for iBOR)
 * @param afterConfirmedProgression true for an assessment after the iCPD: reported as iCPD, not used for iBOR
 */
public record TimepointResult(
        LocalDate date,
        boolean baseline,
        BigDecimal targetSumMm,
        BigDecimal evaluatedTargetSumMm,
        BigDecimal changeFromBaselinePct,
        BigDecimal changeFromNadirPct,
        BigDecimal nadirMm,
        BigDecimal newLesionTargetSumMm,
        TargetResponse targetResponse,
        NonTargetResponse nonTargetResponse,
        Boolean newLesionsPresent,
        TimepointResponse overallResponse,
        List<String> reasons,
        boolean iupdPending,
        LocalDate firstIupdDate,
        Integer daysSinceFirstIupd,
        ConfirmationTiming confirmationTiming,
        boolean confirmationWindowDeviation,
        Set<ProgressionCategory> iupdTriggers,
        List<String> newLesionIdsAppeared,
        boolean iupdConfirmedLater,
        boolean afterConfirmedProgression) {

    public TimepointResult {
        reasons = List.copyOf(reasons);
        iupdTriggers = Set.copyOf(iupdTriggers);
        newLesionIdsAppeared = List.copyOf(newLesionIdsAppeared);
    }
}
