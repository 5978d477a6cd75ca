package org.ioedc.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ioedc.edc.audit.AuditTrail;
import org.ioedc.web.security.CurrentActor;

/** Verification of the audit chain of entries that name no study (administrators). */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "System audit trail")
public class SystemAuditResource {

    @EJB
    private AuditTrail audit;

    @Inject
    private CurrentActor actor;

    @GET
    @Path("verification")
    @Operation(operationId = "verifySystemAuditChain", summary = "Verify the audit chain of the entries that name no study, such as user administration (administrator)")
    public AuditDtos.VerificationOut verify(@QueryParam("anchorSequence") Long anchorSequence,
                                            @QueryParam("anchorHash") String anchorHash) {
        return AuditDtos.VerificationOut.of(audit.verify(actor.get(), null, anchorSequence, anchorHash));
    }
}
