package org.ioedc.forms.ctcae;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Text helpers shared by the CSV reader and the search: trimming and search normalisation. */
final class Text {

    private Text() {
    }

    /** Whether {@code c} is white space, a no-break space or a byte-order mark. */
    private static boolean isBlankChar(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F'
                || c == '\uFEFF';
    }

    /**
     * Removes leading and trailing white space including no-break spaces (U+00A0), which
     * {@link String#strip()} keeps, and byte-order marks. Inner text is left as it is.
     */
    static String clean(String s) {
        if (s == null) {
            return "";
        }
        int start = 0;
        int end = s.length();
        while (start < end && isBlankChar(s.charAt(start))) {
            start++;
        }
        while (end > start && isBlankChar(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(start, end);
    }

    /**
     * The form used for matching: accents removed, lower case, apostrophes dropped ("Addison's" becomes
     * "addisons"), every other run of characters that are not ASCII letters or digits turned into one
     * space, no leading or trailing space.
     */
    static String normalize(String s) {
        return normalize(s, false);
    }

    /**
     * {@link #normalize(String)}, but a hyphen between two letters or digits is kept
     * ("rash maculo-papular").
     */
    private static String normalize(String s, boolean keepHyphens) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String text = s;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                text = Normalizer.normalize(s, Normalizer.Form.NFD);
                break;
            }
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                out.append(c);
            } else if (isApostrophe(c) || isMark(c)) {
                // dropped without a space: "Addison's" -> "addisons", "e" + combining acute -> "e"
                continue;
            } else if (keepHyphens && c == '-' && !pendingSpace && out.length() > 0
                    && out.charAt(out.length() - 1) != '-' && i + 1 < text.length()
                    && isAsciiAlnum(text.charAt(i + 1))) {
                out.append('-');
            } else {
                pendingSpace = true;
            }
        }
        return out.toString();
    }

    private static boolean isAsciiAlnum(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '`';
    }

    private static boolean isMark(char c) {
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }

    /** The words of a normalised string. */
    static List<String> words(String normalized) {
        if (normalized.isEmpty()) {
            return List.of();
        }
        return List.of(normalized.split(" "));
    }

    /**
     * The words a term or definition is found by: its normalised words, plus each hyphenated word
     * with the hyphens removed ("maculo-papular" also gives "maculopapular").
     */
    static Set<String> indexWords(String s) {
        String hyphenated = normalize(s, true);
        if (hyphenated.isEmpty()) {
            return Set.of();
        }
        Set<String> words = new HashSet<>();
        for (String chunk : hyphenated.split(" ")) {
            if (chunk.indexOf('-') < 0) {
                words.add(chunk);
            } else {
                for (String part : chunk.split("-")) {
                    words.add(part);
                }
                words.add(chunk.replace("-", ""));
            }
        }
        return Set.copyOf(words);
    }

    /** Whether every word of {@code query} is a prefix of at least one word of {@code words}. */
    static boolean allPrefixed(List<String> query, Set<String> words) {
        for (String q : query) {
            boolean found = false;
            for (String w : words) {
                if (w.startsWith(q)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    static List<String> copyWithout(List<String> words, Set<String> dropped) {
        List<String> kept = new ArrayList<>(words.size());
        for (String w : words) {
            if (!dropped.contains(w)) {
                kept.add(w);
            }
        }
        return kept;
    }
}
