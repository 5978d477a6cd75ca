/**
 * The IRAE trial module: the adverse event log form {@code F.AE} graded by CTCAE v5.0, with the
 * immune-related AE part, and its edit checks {@code AE-001}.. (docs/irae.md).
 */
package org.ioedc.forms.irae;
