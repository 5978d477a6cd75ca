package org.ioedc.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ioedc.edc.lock.LockService;
import org.ioedc.edc.lock.LockView;
import org.ioedc.web.security.CurrentActor;

/** The study's freeze and lock (data managers). */
@Path("studies/{studyOid}/lock")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Freeze and lock")
public class StudyLockResource {

    @EJB
    private LockService locks;

    @Inject
    private CurrentActor actor;

    @GET
    @Operation(operationId = "getStudyLock", summary = "The study's freeze or lock")
    public LockView get(@PathParam("studyOid") String studyOid) {
        return locks.study(actor.get(), studyOid);
    }

    @PUT
    @Operation(operationId = "changeStudyLock", summary = "Freeze, lock or unlock the study (data manager); refused with open queries unless overrideReason")
    public LockView change(@PathParam("studyOid") String studyOid, ReviewDtos.LockIn in) {
        Requests.body(in);
        return locks.changeStudy(actor.get(), studyOid, in.state(), in.reason(), in.overrideReason());
    }
}
