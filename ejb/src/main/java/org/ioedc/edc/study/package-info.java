/**
 * Studies and their set-up: sites, the schedule of visits (target day and window), the trial modules
 * a study enables and the forms and edit checks they give it ({@link org.ioedc.edc.study.FormCatalog}).
 * Set up by administrators.
 */
package org.ioedc.edc.study;
