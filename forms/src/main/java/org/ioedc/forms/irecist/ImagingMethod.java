package org.ioedc.forms.irecist;

/** How a lesion was measured (spec section 1; RECIST 1.1 section 3.2). */
public enum ImagingMethod {
    /** Computed tomography. */
    CT,
    /** Magnetic resonance imaging. */
    MRI,
    /** Chest X-ray. */
    XRAY,
    /** Clinical examination measured with calipers. */
    CALIPER,
    /** Any other method (ultrasound, PET, endoscopy...): not accepted for measurement by RECIST 1.1. */
    OTHER
}
