/**
 * The TBP trial module: the treatment-beyond-progression decision {@code F.TBP} and the end of treatment
 * {@code F.EOT}, their edit checks {@code TBP-..} and {@code EOT-..}, and the deviation rules that need a
 * subject's iRECIST course (docs/exposure-tbp-therapy.md).
 */
package org.ioedc.forms.tbp;
