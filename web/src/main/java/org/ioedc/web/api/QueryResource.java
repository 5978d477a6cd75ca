package org.ioedc.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ioedc.edc.common.InvalidDataException;
import org.ioedc.edc.crf.FormLocator;
import org.ioedc.edc.query.AnswerChange;
import org.ioedc.edc.query.QueryList;
import org.ioedc.edc.query.QueryService;
import org.ioedc.edc.query.QueryView;
import org.ioedc.web.security.CurrentActor;

/** Queries of a study: lists with counts per site, a query's thread, and the steps of its life. */
@Path("studies/{studyOid}/queries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Queries")
public class QueryResource {

    @EJB
    private QueryService queries;

    @Inject
    private CurrentActor actor;

    @GET
    @Operation(operationId = "listQueries", summary = "Queries the caller may see, oldest first, with counts per site; filters by site, subject, form, "
            + "status (a state or OPEN), origin (an edit check id or MANUAL) and minimum age in days")
    public QueryList list(@PathParam("studyOid") String studyOid, @QueryParam("site") String site,
                          @QueryParam("subject") String subject, @QueryParam("form") String form,
                          @QueryParam("status") String status, @QueryParam("origin") String origin,
                          @QueryParam("minAgeDays") String minAgeDays) {
        return queries.list(actor.get(), studyOid, new QueryList.Filter(blank(site), blank(subject), blank(form),
                blank(status), blank(origin), days(minAgeDays)));
    }

    /** Read here rather than by JAX-RS, which answers a parameter it cannot convert with a bare 404. */
    private static Integer days(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidDataException.of("minAgeDays", "must be a whole number of days, got '" + text + "'");
        }
    }

    @POST
    @Operation(summary = "Open a query on an item of a subject's form (monitor or data manager)")
    public Response open(@PathParam("studyOid") String studyOid, ReviewDtos.QueryIn in) {
        Requests.body(in);
        FormLocator locator = new FormLocator(in.formOid(), blank(in.visitOid()), in.logNumber());
        QueryView q = queries.open(actor.get(), studyOid, in.subjectId(), locator, in.itemOid(), in.repeatKey(), in.text());
        return Response.created(UriBuilder.fromPath("/api/v1/studies/{study}/queries/{id}").build(studyOid, q.id()))
                .entity(q).build();
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getQuery", summary = "One query with its whole thread")
    public QueryView get(@PathParam("studyOid") String studyOid, @PathParam("id") long id) {
        return queries.get(actor.get(), studyOid, id);
    }

    @POST
    @Path("{id}/answer")
    @Operation(summary = "Answer a query (site coordinator): RESOLUTION_PROPOSED; with a change, also correct the value")
    public QueryView answer(@PathParam("studyOid") String studyOid, @PathParam("id") long id, ReviewDtos.AnswerIn in) {
        Requests.body(in);
        AnswerChange change = in.change() == null ? null
                : new AnswerChange(value(in.change().value()), in.change().version(), in.change().reasonForChange());
        return queries.answer(actor.get(), studyOid, id, in.text(), change);
    }

    /** A JSON value as ODM text, as in a form save: numbers in plain notation, booleans as true/false, null clears. */
    private static String value(Object value) {
        if (value == null || value instanceof String) {
            return (String) value;
        }
        if (value instanceof BigDecimal number) {
            return number.toPlainString();
        }
        if (value instanceof Number number) {
            return new BigDecimal(number.toString()).toPlainString();
        }
        if (value instanceof Boolean flag) {
            return flag.toString();
        }
        throw InvalidDataException.of("change.value", "must be a single value (text, number, true/false or null)");
    }

    @POST
    @Path("{id}/close")
    @Operation(operationId = "closeQuery", summary = "Close a query (monitor or data manager): CLOSED")
    public QueryView close(@PathParam("studyOid") String studyOid, @PathParam("id") long id, ReviewDtos.MessageIn in) {
        return queries.close(actor.get(), studyOid, id, in == null ? null : in.text());
    }

    @POST
    @Path("{id}/reopen")
    @Operation(summary = "Re-open a closed query or send an answer back (monitor or data manager): UPDATED")
    public QueryView reopen(@PathParam("studyOid") String studyOid, @PathParam("id") long id, ReviewDtos.MessageIn in) {
        return queries.reopen(actor.get(), studyOid, id, Requests.body(in).text());
    }

    @POST
    @Path("{id}/cancel")
    @Operation(summary = "Cancel a query opened in error (monitor or data manager): NOT_APPLICABLE")
    public QueryView cancel(@PathParam("studyOid") String studyOid, @PathParam("id") long id, ReviewDtos.MessageIn in) {
        return queries.cancel(actor.get(), studyOid, id, Requests.body(in).text());
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
