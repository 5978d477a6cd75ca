/**
 * Protocol deviation rules: plain, deterministic rules over a subject's data and the study's schedule
 * of assessments. Trial modules ship them; the server evaluates them whenever data they read is saved,
 * stores what they find and closes what they no longer find.
 */
package org.ioedc.forms.deviation;
