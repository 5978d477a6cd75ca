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
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ioedc.edc.common.NotFoundException;
import org.ioedc.edc.study.FormCatalog;
import org.ioedc.edc.study.Study;
import org.ioedc.edc.study.StudySetupService;
import org.ioedc.forms.crf.FormMetadata;
import org.ioedc.web.security.CurrentActor;

/** Study set-up (administrators) and the study's form metadata, for a UI to render its forms. */
@Path("studies")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Studies")
public class StudyResource {

    @EJB
    private StudySetupService setup;

    @Inject
    private FormCatalog catalog;

    @Inject
    private CurrentActor actor;

    @GET
    @Operation(operationId = "listStudies", summary = "The studies the caller may see")
    public List<StudyDtos.StudyOut> list() {
        return setup.studies(actor.get()).stream().map(StudyDtos.StudyOut::of).toList();
    }

    @POST
    @Operation(operationId = "createStudy", summary = "Create a study (administrator)")
    public Response create(StudyDtos.StudyIn in) {
        Requests.body(in);
        Study study = setup.createStudy(actor.get(), in.oid(), in.name(), in.modules(), in.baselineWindowDays());
        return Response.created(UriBuilder.fromPath("/api/v1/studies/{oid}").build(study.oid()))
                .entity(StudyDtos.StudyOut.of(study)).build();
    }

    @GET
    @Path("{studyOid}")
    @Operation(operationId = "getStudy", summary = "One study the caller may see")
    public StudyDtos.StudyOut get(@PathParam("studyOid") String studyOid) {
        return StudyDtos.StudyOut.of(setup.study(actor.get(), studyOid));
    }

    @PUT
    @Path("{studyOid}/modules")
    @Operation(summary = "Set the trial modules the study enables (administrator)")
    public StudyDtos.StudyOut modules(@PathParam("studyOid") String studyOid, StudyDtos.ModulesIn in) {
        Requests.body(in);
        return StudyDtos.StudyOut.of(setup.setModules(actor.get(), studyOid, in.modules()));
    }

    @GET
    @Path("{studyOid}/sites")
    @Operation(summary = "The study's sites the caller may see")
    public List<StudyDtos.SiteOut> sites(@PathParam("studyOid") String studyOid) {
        return setup.sites(actor.get(), studyOid).stream().map(StudyDtos.SiteOut::of).toList();
    }

    @POST
    @Path("{studyOid}/sites")
    @Operation(summary = "Add a site (administrator)")
    public Response addSite(@PathParam("studyOid") String studyOid, StudyDtos.SiteIn in) {
        Requests.body(in);
        var site = setup.addSite(actor.get(), studyOid, in.oid(), in.name(), in.timeZone());
        return Response.status(201).entity(StudyDtos.SiteOut.of(site)).build();
    }

    @GET
    @Path("{studyOid}/visits")
    @Operation(summary = "The schedule of visits")
    public List<StudyDtos.VisitOut> visits(@PathParam("studyOid") String studyOid) {
        return setup.schedule(actor.get(), studyOid).stream().map(StudyDtos.VisitOut::of).toList();
    }

    @POST
    @Path("{studyOid}/visits")
    @Operation(summary = "Add a visit to the schedule (administrator): target day (day 1 = first dose) and window")
    public Response addVisit(@PathParam("studyOid") String studyOid, StudyDtos.VisitIn in) {
        Requests.body(in);
        var visit = setup.addVisit(actor.get(), studyOid, in.oid(), in.name(), in.targetDay(), in.windowBefore(),
                in.windowAfter(), in.forms());
        return Response.status(201).entity(StudyDtos.VisitOut.of(visit)).build();
    }

    @GET
    @Path("{studyOid}/forms")
    @Operation(operationId = "listStudyForms", summary = "The ODM metadata of every form of the study's enabled modules")
    public List<FormDtos.FormDefOut> forms(@PathParam("studyOid") String studyOid) {
        Study study = setup.study(actor.get(), studyOid);
        FormMetadata meta = catalog.metadata(study);
        return meta.forms().stream().map(f -> FormDtos.FormDefOut.of(f, meta)).toList();
    }

    @GET
    @Path("{studyOid}/forms/{formOid}")
    @Operation(summary = "The ODM metadata of one form: groups, items, types, code lists, range checks")
    public FormDtos.FormDefOut form(@PathParam("studyOid") String studyOid, @PathParam("formOid") String formOid) {
        Study study = setup.study(actor.get(), studyOid);
        FormMetadata meta = catalog.metadata(study);
        return meta.form(formOid).map(f -> FormDtos.FormDefOut.of(f, meta))
                .orElseThrow(() -> new NotFoundException("Form " + formOid + " is not a form of study " + studyOid));
    }
}
