/** A subject's clinical course in date order, read within the caller's site scope. */
package org.ioedc.edc.timeline;
