package org.ioedc.edc.crf;

/** Where a value came from (DESIGN.md: every value keeps where it came from). */
public enum ValueOrigin {
    /** Typed at the site. */
    SITE,
    /** Imported over FHIR; the source reference holds the resource id and version. */
    FHIR,
    /** Computed by the product (e.g. an iRECIST response). */
    DERIVED
}
