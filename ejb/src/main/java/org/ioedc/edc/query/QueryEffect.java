package org.ioedc.edc.query;

/**
 * What a save did to edit-check queries, for the saving coordinator to see in the save's answer.
 *
 * @param action OPENED or CLOSED
 */
public record QueryEffect(long queryId, String checkId, String items, String action, String message) {
}
