package org.ioedc.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ioedc.edc.common.InvalidDataException;
import org.ioedc.forms.irecist.InputFault;
import org.ioedc.forms.irecist.IrecistEngine;
import org.ioedc.web.security.CurrentActor;

/**
 * iRECIST evaluation outside the CRFs (spec irecist.md section 3), for central readers and data managers:
 * assessments in, derived responses out, nothing stored. Any signed-in user may call it.
 */
@Path("irecist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "iRECIST")
public class IrecistResource {

    @Inject
    private CurrentActor actor;

    @POST
    @Path("evaluate")
    @Operation(summary = "Derive iRECIST timepoint responses, best overall response and date of progression from"
            + " a subject's tumour assessments (the first is the baseline); nothing is stored. Invalid input is 422"
            + " naming every field at fault")
    public IrecistDtos.EvaluationOut evaluate(IrecistDtos.EvaluateIn in) {
        actor.get();
        IrecistDtos.Input input = IrecistDtos.Input.of(Requests.body(in));
        List<InputFault> faults = input.allFaults();
        if (!faults.isEmpty()) {
            throw new InvalidDataException("The assessments cannot be evaluated: " + faults.size()
                    + (faults.size() == 1 ? " fault" : " faults") + ", listed in errors",
                    faults.stream().map(f -> new InvalidDataException.Fault(f.field(), f.message())).toList());
        }
        return IrecistDtos.EvaluationOut.of(IrecistEngine.evaluate(input.firstDoseDate(), input.assessments()));
    }
}
