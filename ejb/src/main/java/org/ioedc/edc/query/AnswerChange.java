package org.ioedc.edc.query;

/**
 * A value change made with an answer: the queried item's new value (null clears it), the form version
 * the coordinator read and the reason for change (required as usual once the form was saved complete).
 */
public record AnswerChange(String value, Long version, String reasonForChange) {
}
