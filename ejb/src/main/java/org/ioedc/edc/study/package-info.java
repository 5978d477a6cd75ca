/**
 * Studies and their set-up: sites, the schedule of visits (target day and window) and the trial modules
 * a study enables. Set up by administrators.
 */
package org.ioedc.edc.study;
