package org.ioedc.forms.irecist;

/** Target lesion category response at a follow-up (spec section 2; RECIST 1.1 section 4.3.1). */
public enum TargetResponse {
    /** Every non-nodal TL 0 mm and every nodal TL short axis &lt; 10 mm. */
    CR("CR"),
    /** Sum &le; 70 % of the baseline sum. */
    PR("PR"),
    /** Neither PR nor PD. */
    SD("SD"),
    /** Sum &ge; 120 % of the nadir and &ge; 5 mm above it (the PD level; under iRECIST it triggers iUPD). */
    PD("PD"),
    /** A TL was NOT EVALUATED and the evaluated lesions alone do not reach the PD level. */
    NE("NE");

    private final String label;

    TargetResponse(String label) {
        this.label = label;
    }

    /** The JSON label. */
    public String label() {
        return label;
    }
}
