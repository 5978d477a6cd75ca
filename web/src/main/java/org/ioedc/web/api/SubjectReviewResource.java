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
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ioedc.edc.crf.FormLocator;
import org.ioedc.edc.lock.LockService;
import org.ioedc.edc.lock.LockView;
import org.ioedc.edc.sdv.SdvService;
import org.ioedc.edc.sdv.SdvView;
import org.ioedc.web.security.CurrentActor;

/**
 * Review of a subject's data: source data verification of forms (monitors) and freeze and lock of
 * forms and subjects (data managers). Same root path as the other subject resources.
 */
@Path("studies/{studyOid}/subjects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Review")
public class SubjectReviewResource {

    @EJB
    private SdvService sdv;

    @EJB
    private LockService locks;

    @Inject
    private CurrentActor actor;

    @GET
    @Path("{subjectId}/visits/{visitOid}/forms/{formOid}/sdv")
    @Operation(summary = "Source data verification of a visit form: each stored value, verified or not")
    public SdvView visitSdv(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId,
                            @PathParam("visitOid") String visitOid, @PathParam("formOid") String formOid) {
        return sdv.view(actor.get(), studyOid, subjectId, FormLocator.visit(formOid, visitOid));
    }

    @POST
    @Path("{subjectId}/visits/{visitOid}/forms/{formOid}/sdv")
    @Operation(summary = "Mark values of a visit form verified (monitor): the items named, or all")
    public SdvView verifyVisit(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId,
                               @PathParam("visitOid") String visitOid, @PathParam("formOid") String formOid,
                               ReviewDtos.SdvIn in) {
        return sdv.verify(actor.get(), studyOid, subjectId, FormLocator.visit(formOid, visitOid), in == null ? null : in.items());
    }

    @GET
    @Path("{subjectId}/logs/{formOid}/{logNumber}/sdv")
    public SdvView logSdv(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId,
                          @PathParam("formOid") String formOid, @PathParam("logNumber") int logNumber) {
        return sdv.view(actor.get(), studyOid, subjectId, FormLocator.log(formOid, logNumber));
    }

    @POST
    @Path("{subjectId}/logs/{formOid}/{logNumber}/sdv")
    @Operation(summary = "Mark values of a log form instance verified (monitor): the items named, or all")
    public SdvView verifyLog(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId,
                             @PathParam("formOid") String formOid, @PathParam("logNumber") int logNumber, ReviewDtos.SdvIn in) {
        return sdv.verify(actor.get(), studyOid, subjectId, FormLocator.log(formOid, logNumber), in == null ? null : in.items());
    }

    @GET
    @Path("{subjectId}/lock")
    @Operation(summary = "The subject's freeze or lock")
    public LockView subjectLock(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId) {
        return locks.subject(actor.get(), studyOid, subjectId);
    }

    @PUT
    @Path("{subjectId}/lock")
    @Operation(summary = "Freeze, lock or unlock all of a subject's data (data manager; a reason to unfreeze or unlock)")
    public LockView changeSubjectLock(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId,
                                      ReviewDtos.LockIn in) {
        Requests.body(in);
        return locks.changeSubject(actor.get(), studyOid, subjectId, in.state(), in.reason());
    }

    @GET
    @Path("{subjectId}/visits/{visitOid}/forms/{formOid}/lock")
    public LockView visitFormLock(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId,
                                  @PathParam("visitOid") String visitOid, @PathParam("formOid") String formOid) {
        return locks.form(actor.get(), studyOid, subjectId, FormLocator.visit(formOid, visitOid));
    }

    @PUT
    @Path("{subjectId}/visits/{visitOid}/forms/{formOid}/lock")
    @Operation(summary = "Freeze, lock or unlock a visit form (data manager; a reason to unfreeze or unlock)")
    public LockView changeVisitFormLock(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId,
                                        @PathParam("visitOid") String visitOid, @PathParam("formOid") String formOid,
                                        ReviewDtos.LockIn in) {
        Requests.body(in);
        return locks.changeForm(actor.get(), studyOid, subjectId, FormLocator.visit(formOid, visitOid), in.state(), in.reason());
    }

    @GET
    @Path("{subjectId}/logs/{formOid}/{logNumber}/lock")
    public LockView logFormLock(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId,
                                @PathParam("formOid") String formOid, @PathParam("logNumber") int logNumber) {
        return locks.form(actor.get(), studyOid, subjectId, FormLocator.log(formOid, logNumber));
    }

    @PUT
    @Path("{subjectId}/logs/{formOid}/{logNumber}/lock")
    @Operation(summary = "Freeze, lock or unlock a log form instance (data manager; a reason to unfreeze or unlock)")
    public LockView changeLogFormLock(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId,
                                      @PathParam("formOid") String formOid, @PathParam("logNumber") int logNumber,
                                      ReviewDtos.LockIn in) {
        Requests.body(in);
        return locks.changeForm(actor.get(), studyOid, subjectId, FormLocator.log(formOid, logNumber), in.state(), in.reason());
    }
}
