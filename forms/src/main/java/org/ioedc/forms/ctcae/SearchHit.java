package org.ioedc.forms.ctcae;

import java.util.Objects;

/** One search result: the term and why it was found. */
public record SearchHit(CtcaeTerm term, MatchKind match) {
    public SearchHit {
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(match, "match");
    }
}
