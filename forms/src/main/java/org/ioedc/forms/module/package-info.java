/**
 * The trial-module SPI. A trial module (core, iRECIST, irAE, TBP, subsequent therapy, exposure)
 * contributes its ODM forms and its edit checks through {@link org.ioedc.forms.module.TrialModule},
 * discovered with {@link java.util.ServiceLoader}, so a study enables what it uses and a new module
 * needs no change elsewhere.
 */
package org.ioedc.forms.module;
