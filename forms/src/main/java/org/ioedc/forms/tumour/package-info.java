/**
 * The IRECIST trial module: the tumour assessment forms ({@code F.TUBL} baseline, {@code F.TUFU}
 * follow-ups), the reader that turns a subject's stored assessments into the iRECIST engine's input and
 * results ({@link org.ioedc.forms.tumour.IrecistCourse}), the derived item values stored with the forms
 * ({@link org.ioedc.forms.tumour.DerivedItems}) and the module's edit checks {@code IR-001}..
 * (docs/irecist-derivation.md, docs/edit-checks.md). The derivation rules themselves live in
 * {@link org.ioedc.forms.irecist}.
 */
package org.ioedc.forms.tumour;
