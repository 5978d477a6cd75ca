package org.ioedc.forms.irecist;

/**
 * A non-target lesion (NTL) at one assessment (spec section 1). At baseline the status is PRESENT.
 *
 * @param id     the lesion id, the same at every assessment
 * @param organ  organ or site
 * @param status the status; null only in input that {@link AssessmentValidator} rejects
 */
public record NonTargetLesion(String id, String organ, LesionStatus status) {
}
