/**
 * The CORE trial module, enabled in every study: demographics, vital signs with ECOG performance
 * status, and the laboratory values immune-related AEs are graded on, with their edit checks.
 */
package org.ioedc.forms.core;
