package org.ioedc.web.api;

import jakarta.ejb.EJBException;
import jakarta.json.bind.JsonbException;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.ioedc.edc.common.EdcException;
import org.ioedc.edc.common.InvalidDataException;
import org.ioedc.web.input.MalformedBodyException;
import org.ioedc.web.problem.CoreProblems;
import org.ioedc.web.problem.ProblemType;
import org.ioedc.web.security.UnauthorizedException;

/** Turns every failure into a problem+json response; no stack trace leaves the server. */
public final class ProblemMappers {

    private static final Logger LOG = Logger.getLogger(ProblemMappers.class.getName());

    private ProblemMappers() {
    }

    static Response of(EdcException e) {
        var errors = e instanceof InvalidDataException invalid
                ? invalid.faults().stream().map(f -> new Problem.ItemFault(f.item(), f.message())).toList()
                : null;
        return CoreProblems.of(e).map(type -> Problem.response(type, e.getMessage(), errors)).orElseGet(() -> unexpected(e));
    }

    /** SQLSTATE of a deadlock victim (PostgreSQL) and of a serialisation failure (SQL standard). */
    private static final Set<String> CONCURRENCY_STATES = Set.of("40P01", "40001");

    /**
     * Whether the failure is two transactions colliding (a version check that failed at commit, a
     * deadlock): the request lost a race, nothing was saved, and the user needs to reload and retry.
     */
    static boolean concurrent(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof OptimisticLockException || t.getClass().getName().endsWith(".OptimisticLockException")
                    || t instanceof SQLException sql && CONCURRENCY_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    static Response unexpected(Throwable e) {
        if (concurrent(e)) {
            LOG.log(Level.INFO, "A request lost a race with another one and was rolled back", e);
            return Problem.response(ProblemType.VERSION_CONFLICT, "Someone else changed the same data at the same moment; nothing was saved. "
                    + "Reload and try again.", null);
        }
        String incident = UUID.randomUUID().toString();
        LOG.log(Level.SEVERE, "Unexpected error, incident " + incident, e);
        return Problem.response(ProblemType.INTERNAL, "Something went wrong on the server; nothing was saved. Incident " + incident, null);
    }

    /** The core's application exceptions. */
    @Provider
    public static class Edc implements ExceptionMapper<EdcException> {
        @Override
        public Response toResponse(EdcException e) {
            return of(e);
        }
    }

    /** An EJB wraps what it did not declare; unwrap to the application exception when there is one. */
    @Provider
    public static class Ejb implements ExceptionMapper<EJBException> {
        @Override
        public Response toResponse(EJBException e) {
            Throwable cause = e;
            while (cause != null) {
                if (cause instanceof EdcException edc) {
                    return of(edc);
                }
                cause = cause.getCause();
            }
            return unexpected(e);
        }
    }

    @Provider
    public static class Unauthorized implements ExceptionMapper<UnauthorizedException> {
        @Override
        public Response toResponse(UnauthorizedException e) {
            return Problem.response(ProblemType.UNAUTHENTICATED, e.getMessage(), null);
        }
    }

    /** JAX-RS's own: unknown path (404), wrong method (405), unsupported media type (415) ... */
    @Provider
    public static class Web implements ExceptionMapper<WebApplicationException> {
        @Override
        public Response toResponse(WebApplicationException e) {
            int status = e.getResponse().getStatus();
            if (e.getCause() instanceof JsonbException json) {
                return malformed(json);
            }
            Response problem = Problem.response(Problem.ofStatus(status, detail(status, e)));
            // RFC 9110 section 15.5.6: a 405 names the methods the resource allows.
            String allow = e.getResponse().getHeaderString("Allow");
            return allow == null ? problem : Response.fromResponse(problem).header("Allow", allow).build();
        }

        /** JAX-RS's own failures say what is wrong in the client's terms; those the product raises keep their text. */
        private static String detail(int status, WebApplicationException e) {
            return switch (status) {
                case 404 -> "No such resource";
                case 405 -> "This resource does not take that method";
                case 406 -> "This resource answers application/json only";
                case 415 -> e.getMessage() != null && e.getMessage().startsWith("JSON ") ? e.getMessage()
                        : "The request body must be application/json";
                case 400 -> e.getCause() == null && e.getMessage() != null && !e.getMessage().startsWith("HTTP ") ? e.getMessage()
                        : "The request cannot be read (a parameter or header is malformed)";
                default -> e.getMessage();
            };
        }
    }

    /** A body that is not one JSON document, or none where the call needs one. */
    @Provider
    public static class MalformedBody implements ExceptionMapper<MalformedBodyException> {
        @Override
        public Response toResponse(MalformedBodyException e) {
            return Problem.response(ProblemType.MALFORMED_BODY, e.getMessage(), null);
        }
    }

    /** A body that is not the JSON the endpoint reads. */
    @Provider
    public static class Json implements ExceptionMapper<JsonbException> {
        @Override
        public Response toResponse(JsonbException e) {
            return malformed(e);
        }
    }

    @Provider
    public static class Processing implements ExceptionMapper<ProcessingException> {
        @Override
        public Response toResponse(ProcessingException e) {
            return malformed(e);
        }
    }

    @Provider
    public static class Any implements ExceptionMapper<Throwable> {
        @Override
        public Response toResponse(Throwable e) {
            return unexpected(e);
        }
    }

    /**
     * A body the binder could not map after JsonBodyReader's checks. The binder's own message names the
     * server's classes, so it is logged, not sent.
     */
    static Response malformed(Throwable e) {
        LOG.log(Level.FINE, "A request body could not be bound", e);
        return Problem.response(ProblemType.MALFORMED_BODY, "The request body is not the JSON this call reads", null);
    }
}
