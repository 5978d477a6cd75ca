/**
 * Source data verification (SDV): monitors mark stored values as checked against the source; a change
 * to a verified value clears its mark with an audit entry; progress per site and subject.
 */
package org.ioedc.edc.sdv;
