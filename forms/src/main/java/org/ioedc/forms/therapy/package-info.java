/**
 * The SUBSEQUENT_THERAPY trial module: the log form {@code F.ST} of anticancer therapies after study
 * treatment, its edit checks {@code ST-001}.. and the deviation rule on a therapy started while the study
 * drug is still given (docs/exposure-tbp-therapy.md).
 */
package org.ioedc.forms.therapy;
