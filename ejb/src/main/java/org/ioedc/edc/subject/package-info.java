/** Subjects: enrolment at one site, consent and first dose dates, listing and search within the caller's scope. */
package org.ioedc.edc.subject;
