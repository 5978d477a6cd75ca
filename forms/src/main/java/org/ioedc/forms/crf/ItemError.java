package org.ioedc.forms.crf;

/** A value that breaks the metadata (type, length, range, code list, mandatory): the save is refused. */
public record ItemError(ItemRef item, String message) {
}
