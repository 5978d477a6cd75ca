/**
 * The EXPOSURE trial module: the study drug administration log {@code F.EX}, its edit checks
 * {@code EX-001}.., the reader other modules' rules use ({@link org.ioedc.forms.exposure.ExposureLog}),
 * and the deviation rule on dosing after a grade 4 irAE (docs/exposure-tbp-therapy.md).
 */
package org.ioedc.forms.exposure;
