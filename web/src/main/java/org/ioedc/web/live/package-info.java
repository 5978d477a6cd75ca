/**
 * Live events for monitors: server-sent event streams per study, scoped to the sites each caller may
 * see, fed only by changes that were committed.
 */
package org.ioedc.web.live;
