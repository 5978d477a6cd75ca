/**
 * What every business component of the EDC core shares: the acting user ({@link org.ioedc.edc.common.Actor}),
 * the application exceptions the boundary turns into RFC 9457 problems, what the work that follows a save did
 * ({@link org.ioedc.edc.common.SaveEffects}) and the freeze or lock state that studies, subjects and forms carry
 * ({@link org.ioedc.edc.common.DataLock}). It depends on no other component.
 */
package org.ioedc.edc.common;
