package org.ioedc.forms.irecist;

import java.util.Comparator;

/**
 * Overall response at a timepoint (spec section 2; Seymour 2017 Table 2), with the spec's ranking for the best
 * overall response, best first: iCR &gt; iPR &gt; iSD &gt; NON-iCR/NON-iUPD &gt; iCPD &gt; iUPD &gt; NE.
 */
public enum TimepointResponse {
    ICR("iCR", 7),
    IPR("iPR", 6),
    ISD("iSD", 5),
    /** Non-target disease only at baseline: neither iCR nor iUPD (RECIST 1.1 Table 2). */
    NON_ICR_NON_IUPD("NON-iCR/NON-iUPD", 4),
    /** Confirmed progression. Ranks above iUPD by the spec's iBOR ranking (spec section 2). */
    ICPD("iCPD", 3),
    /** Unconfirmed progression. */
    IUPD("iUPD", 2),
    NE("NE", 1);

    /** Orders best first by the spec's ranking. */
    public static final Comparator<TimepointResponse> BEST_FIRST =
            Comparator.comparingInt(TimepointResponse::rank).reversed();

    private final String label;
    private final int rank;

    TimepointResponse(String label, int rank) {
        this.label = label;
        this.rank = rank;
    }

    /** The JSON label, e.g. {@code "iUPD"}. */
    public String label() {
        return label;
    }

    /** The spec's iBOR rank: higher is better (iCR 7 ... NE 1). */
    public int rank() {
        return rank;
    }

    /** True when this ranks strictly better than {@code other}. */
    public boolean isBetterThan(TimepointResponse other) {
        return rank > other.rank;
    }

    /** iCR, iPR, iSD or NON-iCR/NON-iUPD: the responses that reset a pending iUPD. */
    public boolean isResponseOrStable() {
        return this == ICR || this == IPR || this == ISD || this == NON_ICR_NON_IUPD;
    }
}
