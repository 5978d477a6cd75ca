/**
 * The NCI Common Terminology Criteria for Adverse Events (CTCAE) v5.0 in plain Java: the dictionary
 * of 837 terms loaded once from the CSV shipped as a resource of this package
 * ({@code CTCAE_v5.0.csv}), a term search for coordinators typing an adverse event (word prefixes,
 * clinical abbreviations and immune-related AE words that are not CTCAE terms), and a grading helper
 * for the laboratory terms whose criteria are multiples of the upper limit of normal or of baseline.
 *
 * <p>Entry points: {@link org.ioedc.forms.ctcae.CtcaeDictionary#load()},
 * {@link org.ioedc.forms.ctcae.CtcaeDictionary#search(String, int)} and
 * {@link org.ioedc.forms.ctcae.LabGrading#suggest(LabTerm, java.math.BigDecimal, java.math.BigDecimal,
 * java.math.BigDecimal)}. Nothing here depends on Jakarta, JPA or HAPI; see {@code docs/ctcae.md}.
 */
package org.ioedc.forms.ctcae;
