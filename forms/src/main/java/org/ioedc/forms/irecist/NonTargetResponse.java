package org.ioedc.forms.irecist;

/** Non-target lesion category response at a follow-up (spec section 2; RECIST 1.1 section 4.3.2). */
public enum NonTargetResponse {
    /** Every NTL ABSENT. */
    CR("CR"),
    /** Neither CR nor PD. */
    NON_CR_NON_PD("NON-CR/NON-PD"),
    /** Any NTL with UNEQUIVOCAL_PROGRESSION (the PD level; under iRECIST it triggers iUPD). */
    PD("PD"),
    /** Any NTL NOT_EVALUATED and none progressed. */
    NE("NE");

    private final String label;

    NonTargetResponse(String label) {
        this.label = label;
    }

    /** The JSON label. */
    public String label() {
        return label;
    }
}
