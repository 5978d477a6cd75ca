package org.ioedc.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ioedc.edc.timeline.TimelineService;
import org.ioedc.forms.timeline.TimelineEntry;
import org.ioedc.web.security.CurrentActor;

/** A subject's clinical course for a swimmer plot. */
@Path("studies/{studyOid}/subjects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Clinical timeline")
public class TimelineResource {

    @EJB
    private TimelineService timelines;

    @Inject
    private CurrentActor actor;

    @GET
    @Path("{subjectId}/timeline")
    @Operation(summary = "Doses, tumour assessments, TBP decisions, irAEs and subsequent therapies in date order")
    public List<TimelineEntry> timeline(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId) {
        return timelines.timeline(actor.get(), studyOid, subjectId);
    }
}
