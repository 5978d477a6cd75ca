package org.ioedc.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ioedc.edc.audit.AuditRecord;
import org.ioedc.edc.audit.AuditTrail;
import org.ioedc.edc.subject.Subject;
import org.ioedc.edc.subject.SubjectService;
import org.ioedc.web.security.CurrentActor;

/** Subjects of a study, within the caller's site scope, and their audit trail. */
@Path("studies/{studyOid}/subjects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Subjects")
public class SubjectResource {

    @EJB
    private SubjectService subjects;

    @EJB
    private AuditTrail audit;

    @Inject
    private CurrentActor actor;

    @GET
    @Operation(operationId = "listSubjects", summary = "The subjects the caller may see, optionally at one site or matching a text")
    public List<SubjectDtos.SubjectOut> list(@PathParam("studyOid") String studyOid, @QueryParam("site") String site,
                                             @QueryParam("q") String q) {
        return subjects.list(actor.get(), studyOid, site, q).stream().map(SubjectDtos.SubjectOut::of).toList();
    }

    @POST
    @Operation(summary = "Enrol a subject at a site (site coordinator)")
    public Response enrol(@PathParam("studyOid") String studyOid, SubjectDtos.SubjectIn in) {
        Requests.body(in);
        Subject s = subjects.enrol(actor.get(), studyOid, in.siteOid(), in.subjectId(), in.screeningNumber(),
                Requests.date("informedConsentDate", in.informedConsentDate()), Requests.date("firstDoseDate", in.firstDoseDate()));
        return Response.created(UriBuilder.fromPath("/api/v1/studies/{study}/subjects/{id}").build(studyOid, s.subjectKey()))
                .entity(SubjectDtos.SubjectOut.of(s)).build();
    }

    @GET
    @Path("{subjectId}")
    @Operation(operationId = "getSubject", summary = "One subject within the caller's site scope")
    public SubjectDtos.SubjectOut get(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId) {
        return SubjectDtos.SubjectOut.of(subjects.subject(actor.get(), studyOid, subjectId));
    }

    @PUT
    @Path("{subjectId}/first-dose")
    @Operation(summary = "Record or correct the first dose date (a correction needs a reason)")
    public SubjectDtos.FirstDoseOut firstDose(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId,
                                              SubjectDtos.FirstDoseIn in) {
        Requests.body(in);
        return SubjectDtos.FirstDoseOut.of(subjects.recordFirstDose(actor.get(), studyOid, subjectId,
                Requests.date("firstDoseDate", in.firstDoseDate()), in.reasonForChange()));
    }

    @GET
    @Path("{subjectId}/audit")
    @Operation(summary = "The subject's audit trail, oldest first, optionally for one form and one item")
    public List<AuditRecord> audit(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId,
                                   @QueryParam("formOid") String formOid, @QueryParam("itemOid") String itemOid) {
        subjects.subject(actor.get(), studyOid, subjectId);
        return audit.forSubject(studyOid, subjectId, formOid, itemOid);
    }
}
