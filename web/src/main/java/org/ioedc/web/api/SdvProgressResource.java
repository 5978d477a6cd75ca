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
import org.ioedc.edc.sdv.SdvProgress;
import org.ioedc.edc.sdv.SdvService;
import org.ioedc.web.security.CurrentActor;

/** Source data verification progress of a study, per site and subject in the caller's scope. */
@Path("studies/{studyOid}/sdv")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Source data verification")
public class SdvProgressResource {

    @EJB
    private SdvService sdv;

    @Inject
    private CurrentActor actor;

    @GET
    @Operation(summary = "Stored and verified values per site and per subject, optionally at one site")
    public SdvProgress progress(@PathParam("studyOid") String studyOid, @QueryParam("site") String site) {
        return sdv.progress(actor.get(), studyOid, site == null || site.isBlank() ? null : site.strip());
    }
}
