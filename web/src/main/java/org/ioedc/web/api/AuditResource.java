package org.ioedc.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ioedc.edc.audit.AuditTrail;
import org.ioedc.edc.study.StudySetupService;
import org.ioedc.web.security.CurrentActor;

/** Verification of a study's audit chain (administrators). */
@Path("studies/{studyOid}/audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail")
public class AuditResource {

    @EJB
    private AuditTrail audit;

    @EJB
    private StudySetupService studies;

    @Inject
    private CurrentActor actor;

    @GET
    @Path("verification")
    @Operation(operationId = "verifyStudyAuditChain", summary = "Verify the study's audit chain: whether every entry is as written, and the first one that is not (administrator)")
    public AuditDtos.VerificationOut study(@PathParam("studyOid") String studyOid,
                                           @QueryParam("anchorSequence") Long anchorSequence,
                                           @QueryParam("anchorHash") String anchorHash) {
        studies.study(actor.get(), studyOid);
        return AuditDtos.VerificationOut.of(audit.verify(actor.get(), studyOid, anchorSequence, anchorHash));
    }
}
