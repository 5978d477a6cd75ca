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
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ioedc.edc.common.InvalidDataException;
import org.ioedc.edc.crf.DataEntryService;
import org.ioedc.edc.crf.FormSaveRequest;
import org.ioedc.edc.crf.FormStatus;
import org.ioedc.edc.crf.FormView;
import org.ioedc.web.security.CurrentActor;

/** Data entry: a subject's visit forms and log forms. */
@Path("studies/{studyOid}/subjects")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Data entry")
public class FormResource {

    @EJB
    private DataEntryService entry;

    @Inject
    private CurrentActor actor;

    @GET
    @Path("{subjectId}/forms")
    @Operation(operationId = "listSubjectForms", summary = "Every form instance of the subject")
    public List<FormView> forms(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId) {
        return entry.forms(actor.get(), studyOid, subjectId);
    }

    @GET
    @Path("{subjectId}/visits/{visitOid}/forms/{formOid}")
    public FormView visitForm(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId,
                              @PathParam("visitOid") String visitOid, @PathParam("formOid") String formOid) {
        return entry.visitForm(actor.get(), studyOid, subjectId, visitOid, formOid);
    }

    @PUT
    @Path("{subjectId}/visits/{visitOid}/forms/{formOid}")
    @Operation(summary = "Save a visit form: named items change, others keep their value; send the version you read")
    public FormDtos.SaveOut saveVisitForm(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId,
                                          @PathParam("visitOid") String visitOid, @PathParam("formOid") String formOid,
                                          FormDtos.FormIn in) {
        return FormDtos.SaveOut.of(entry.saveVisitForm(actor.get(), studyOid, subjectId, visitOid, formOid, request(in)));
    }

    @GET
    @Path("{subjectId}/logs/{formOid}")
    @Operation(summary = "The subject's instances of a log form (e.g. adverse events)")
    public List<FormView> logForms(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId,
                                   @PathParam("formOid") String formOid) {
        return entry.forms(actor.get(), studyOid, subjectId).stream()
                .filter(f -> f.formOid().equals(formOid) && f.visitOid() == null).toList();
    }

    @POST
    @Path("{subjectId}/logs/{formOid}")
    @Operation(summary = "Add an instance to a log form")
    public Response addLogForm(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId,
                               @PathParam("formOid") String formOid, FormDtos.FormIn in) {
        return Response.status(201)
                .entity(FormDtos.SaveOut.of(entry.addLogForm(actor.get(), studyOid, subjectId, formOid, request(in)))).build();
    }

    @GET
    @Path("{subjectId}/logs/{formOid}/{logNumber}")
    public FormView logForm(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId,
                            @PathParam("formOid") String formOid, @PathParam("logNumber") int logNumber) {
        return entry.logForm(actor.get(), studyOid, subjectId, formOid, logNumber);
    }

    @PUT
    @Path("{subjectId}/logs/{formOid}/{logNumber}")
    public FormDtos.SaveOut saveLogForm(@PathParam("studyOid") String studyOid, @PathParam("subjectId") String subjectId,
                                        @PathParam("formOid") String formOid, @PathParam("logNumber") int logNumber,
                                        FormDtos.FormIn in) {
        return FormDtos.SaveOut.of(entry.saveLogForm(actor.get(), studyOid, subjectId, formOid, logNumber, request(in)));
    }

    private static FormSaveRequest request(FormDtos.FormIn in) {
        Requests.body(in);
        FormStatus status = null;
        if (in.status() != null) {
            try {
                status = FormStatus.valueOf(in.status().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw InvalidDataException.of("status", "must be IN_PROGRESS or COMPLETE, got '" + in.status() + "'");
            }
        }
        List<FormSaveRequest.RowChange> rows = in.rows() == null ? List.of() : in.rows().stream()
                .map(r -> new FormSaveRequest.RowChange(r.itemGroupOid(), r.repeatKey(), r.remove(), values(r.items()))).toList();
        return new FormSaveRequest(values(in.items()), rows, status, in.version(), in.reasonForChange());
    }

    /**
     * Item values as ODM text: JSON strings as they are, numbers in plain notation, booleans as
     * true/false, null to clear. Arrays and objects are not item values.
     */
    private static Map<String, String> values(Map<String, Object> raw) {
        Map<String, String> values = new LinkedHashMap<>();
        if (raw == null) {
            return values;
        }
        List<InvalidDataException.Fault> faults = new ArrayList<>();
        raw.forEach((oid, value) -> {
            if (value == null || value instanceof String) {
                values.put(oid, (String) value);
            } else if (value instanceof BigDecimal number) {
                values.put(oid, number.toPlainString());
            } else if (value instanceof Number number) {
                values.put(oid, new BigDecimal(number.toString()).toPlainString());
            } else if (value instanceof Boolean flag) {
                values.put(oid, flag.toString());
            } else {
                faults.add(new InvalidDataException.Fault(oid, "must be a single value (text, number, true/false or null)"));
            }
        });
        if (!faults.isEmpty()) {
            throw new InvalidDataException("Item values must be single values", faults);
        }
        return values;
    }
}
