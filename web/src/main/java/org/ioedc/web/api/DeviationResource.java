package org.ioedc.web.api;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.InvalidDataException;
import org.ioedc.edc.deviation.DeviationFilter;
import org.ioedc.edc.deviation.DeviationService;
import org.ioedc.edc.deviation.DeviationStatus;
import org.ioedc.edc.deviation.DeviationView;
import org.ioedc.forms.deviation.Severity;
import org.ioedc.web.live.DeviationStream;
import org.ioedc.web.security.CurrentActor;

/** The deviation log of a study, its review actions and its live stream, within the caller's site scope. */
@Path("studies/{studyOid}/deviations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Deviations")
public class DeviationResource {

    @EJB
    private DeviationService deviations;

    @Inject
    private DeviationStream stream;

    @Inject
    private CurrentActor actor;

    @GET
    @Operation(operationId = "listDeviations", summary = "The deviation log, newest first, optionally by site, subject, rule, severity and status")
    public List<DeviationView> list(@PathParam("studyOid") String studyOid, @QueryParam("site") String site,
                                    @QueryParam("subject") String subject, @QueryParam("rule") String rule,
                                    @QueryParam("severity") String severity, @QueryParam("status") String status) {
        return deviations.list(actor.get(), studyOid, new DeviationFilter(blank(site), blank(subject), blank(rule),
                parse("severity", severity, Severity.class), parse("status", status, DeviationStatus.class)));
    }

    @GET
    @Path("{id}")
    @Operation(operationId = "getDeviation", summary = "One deviation with its history")
    public DeviationView get(@PathParam("studyOid") String studyOid, @PathParam("id") long id) {
        return deviations.deviation(actor.get(), studyOid, id);
    }

    @POST
    @Path("{id}/acknowledge")
    @Operation(summary = "Acknowledge an open deviation (monitor), with an optional note")
    public DeviationView acknowledge(@PathParam("studyOid") String studyOid, @PathParam("id") long id,
                                     DeviationDtos.ReviewIn in) {
        return deviations.acknowledge(actor.get(), studyOid, id, in == null ? null : in.note());
    }

    @POST
    @Path("{id}/close")
    @Operation(operationId = "closeDeviation", summary = "Close a deviation with a note saying why (monitor or data manager)")
    public DeviationView close(@PathParam("studyOid") String studyOid, @PathParam("id") long id, DeviationDtos.ReviewIn in) {
        Requests.body(in);
        return deviations.close(actor.get(), studyOid, id, in.note());
    }

    @GET
    @Path("stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @Operation(summary = "Live deviations of the sites the caller may see (server-sent events, event name 'deviation'); "
            + "send Last-Event-ID to receive what was missed")
    public void stream(@PathParam("studyOid") String studyOid, @HeaderParam(HttpHeaders.LAST_EVENT_ID_HEADER) String lastEventId,
                       @Context SseEventSink sink, @Context Sse sse) {
        Actor caller = actor.get();
        deviations.requireStudy(caller, studyOid);
        Long last = eventId(lastEventId);
        stream.open(caller, studyOid, sink, sse, last == null ? null : () -> deviations.since(caller, studyOid, last));
    }

    private static Long eventId(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            throw InvalidDataException.of(HttpHeaders.LAST_EVENT_ID_HEADER, "must be the id of an event of this stream, got '" + header + "'");
        }
    }

    private static String blank(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static <E extends Enum<E>> E parse(String field, String text, Class<E> type) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidDataException.of(field, "must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", got '" + text + "'");
        }
    }
}
