package org.ioedc.edc.crf;

/** One value that a save changed: null old value means newly entered, null new value means cleared. */
public record ItemChange(ValueKey key, String oldValue, String newValue) {
}
