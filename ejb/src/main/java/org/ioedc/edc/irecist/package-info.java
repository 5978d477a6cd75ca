/**
 * Stored iRECIST derivations: after any tumour assessment form of a subject is saved, every assessment's
 * derived values are recomputed from the subject's whole course ({@code org.ioedc.forms.tumour}) and stored
 * with origin DERIVED, each change audited, in the saving transaction (docs/irecist-derivation.md).
 */
package org.ioedc.edc.irecist;
