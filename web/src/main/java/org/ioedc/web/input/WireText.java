package org.ioedc.web.input;

import java.util.Optional;

/**
 * Text a person can have meant. A NUL cannot be stored in PostgreSQL text at all, other C0 control characters
 * are invisible on every screen and in every export, and an unpaired UTF-16 surrogate (a JSON escape such as
 * {@code "\ud800"}, RFC 8259 section 8.2) is no character: stored, it would silently become something else.
 * Tab, line feed and carriage return are kept, since notes and reasons have lines.
 */
public final class WireText {

    private WireText() {
    }

    /** Why {@code text} cannot be taken, or empty when it can. */
    public static Optional<String> fault(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f) {
                return Optional.of(String.format("must not contain the control character U+%04X (at position %d)", (int) c, i + 1));
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of(String.format("must not contain the unpaired surrogate U+%04X (at position %d): "
                        + "it is not a character", (int) c, i + 1));
            }
        }
        return Optional.empty();
    }
}
