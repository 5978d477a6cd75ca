/**
 * iRECIST tumour response for immunotherapy trials, in plain Java (JDK only).
 *
 * <p>This package owns:
 * <ul>
 *   <li>the lesion data of one subject's tumour assessments ({@link org.ioedc.forms.irecist.Assessment},
 *       {@link org.ioedc.forms.irecist.TargetLesion}, {@link org.ioedc.forms.irecist.NonTargetLesion},
 *       {@link org.ioedc.forms.irecist.NewLesion});</li>
 *   <li>the input checks that the evaluation endpoint turns into a 422 problem
 *       ({@link org.ioedc.forms.irecist.AssessmentValidator});</li>
 *   <li>the baseline measurability rule that edit checks reuse
 *       ({@link org.ioedc.forms.irecist.MeasurabilityRules});</li>
 *   <li>the derivation of category responses, timepoint responses (iCR, iPR, iSD, NON-iCR/NON-iUPD, iUPD,
 *       iCPD, NE), the best overall response (iBOR) and the date of progression
 *       ({@link org.ioedc.forms.irecist.IrecistEngine}).</li>
 * </ul>
 *
 * <p>Sources, in order of precedence:
 * <ol>
 *   <li>the product specification {@code shared/spec/irecist.md} (section 2: derivations; section 3: the
 *       {@code POST /api/v1/irecist/evaluate} contract);</li>
 *   <li>Seymour L. et al., "iRECIST: guidelines for response criteria for use in trials testing
 *       immunotherapeutics", Lancet Oncol 2017;18:e143-52, Table 2 (timepoint response) and Table 3
 *       (best overall response);</li>
 *   <li>Eisenhauer E.A. et al., "New response evaluation criteria in solid tumours: revised RECIST guideline
 *       (version 1.1)", Eur J Cancer 2009;45:228-47 (sections 3-4, Tables 1-3);</li>
 *   <li>the RECIST working group's iRECIST FAQ (recist.eortc.org).</li>
 * </ol>
 * Choices made where these sources are silent are listed in {@code docs/irecist-derivation.md} and in the
 * Javadoc of {@link org.ioedc.forms.irecist.IrecistEngine}.
 *
 * <p>Nothing here imports Jakarta, JPA or HAPI; all lengths are {@link java.math.BigDecimal} millimetres so
 * that the RECIST boundaries (exactly -30 %, exactly +20 % and +5 mm) are compared exactly.
 */
package org.ioedc.forms.irecist;
