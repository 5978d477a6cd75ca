package org.ioedc.forms.ctcae;

/**
 * The laboratory terms {@link LabGrading} grades from a value, the upper limit of normal and the
 * baseline: those whose CTCAE v5.0 criteria are multiples of ULN or of baseline.
 */
public enum LabTerm {
    ALT_INCREASED("10001551", "Alanine aminotransferase increased"),
    AST_INCREASED("10003481", "Aspartate aminotransferase increased"),
    BLOOD_BILIRUBIN_INCREASED("10005364", "Blood bilirubin increased"),
    CREATININE_INCREASED("10011368", "Creatinine increased");

    private final String meddraCode;
    private final String termName;

    LabTerm(String meddraCode, String termName) {
        this.meddraCode = meddraCode;
        this.termName = termName;
    }

    public String meddraCode() {
        return meddraCode;
    }

    /** The CTCAE term, e.g. "Alanine aminotransferase increased". */
    public String termName() {
        return termName;
    }

    /** The term in the shipped dictionary. */
    public CtcaeTerm ctcaeTerm() {
        return CtcaeDictionary.load().byCode(meddraCode).orElseThrow(() -> new IllegalStateException(
                "CTCAE dictionary has no " + termName + " (" + meddraCode + ")"));
    }
}
