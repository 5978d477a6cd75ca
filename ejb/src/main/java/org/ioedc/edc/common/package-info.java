/**
 * What every business component of the EDC core shares: the acting user ({@link org.ioedc.edc.common.Actor}),
 * and the application exceptions the boundary turns into RFC 9457 problems.
 */
package org.ioedc.edc.common;
