package org.ioedc.edc.common;

/**
 * The length rule for what people write in their own words (reasons for change, lock reasons, review
 * notes, query messages, names in the study set-up). The audit trail keeps such text whole in its 2000-character reason, after a
 * short prefix for some of them: longer text is refused with a 422 naming the field, before anything is
 * stored, instead of failing in the database.
 */
public final class FreeText {

    /** A reason or a note. A study lock's audit entry holds its reason and its override reason together. */
    public static final int REASON = 900;

    /** A query message: its audit entry adds the query id and the edit check id in front. */
    public static final int MESSAGE = 1900;

    /** The name of a study, a site or a visit: the length of its column. */
    public static final int NAME = 200;

    private FreeText() {
    }

    /** The text stripped; 422 naming {@code field} when blank or longer than {@code max}. */
    public static String required(String field, String text, int max) {
        String stripped = optional(field, text, max);
        if (stripped == null) {
            throw InvalidDataException.of(field, "is required");
        }
        return stripped;
    }

    /** The text stripped, null when blank; 422 naming {@code field} when longer than {@code max}. */
    public static String optional(String field, String text, int max) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String stripped = text.strip();
        if (stripped.length() > max) {
            throw InvalidDataException.of(field, "must be at most " + max + " characters, got " + stripped.length());
        }
        return stripped;
    }
}
