/**
 * A subject's clinical course in date order (doses, tumour assessments, treatment-beyond-progression
 * decisions, immune-related adverse events, subsequent therapies): the input of a swimmer plot, read
 * generically from the forms of the trial modules that hold those facts.
 */
package org.ioedc.forms.timeline;
