/**
 * Protocol deviations: the trial modules' deviation rules evaluated in the saving transaction, the
 * stored deviations with their status history, the deviation log (list, acknowledge, close with a
 * note), and the notices the live stream publishes once a change is committed.
 */
package org.ioedc.edc.deviation;
