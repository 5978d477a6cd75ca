package org.ioedc.web.api;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The container's error page (web.xml): what the servlet container answers itself, outside the JAX-RS mappers
 * (a path no servlet serves, a header Jersey cannot parse, an Error such as StackOverflowError that escapes
 * every mapper), is an RFC 9457 problem too, never the container's HTML page with its class names. Called
 * directly it is simply not found.
 */
public class ErrorPage extends HttpServlet {

    private static final Logger LOG = Logger.getLogger(ErrorPage.class.getName());

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        Object failure = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
        int status = code instanceof Integer c && c >= 400 ? c : 404;
        String detail;
        if (failure != null || status >= 500) {
            status = Math.max(status, 500);
            String incident = UUID.randomUUID().toString();
            LOG.log(Level.SEVERE, "Unexpected error outside the API's mappers, incident " + incident,
                    failure instanceof Throwable t ? t : null);
            detail = "Something went wrong on the server; nothing was saved. Incident " + incident;
        } else {
            detail = switch (status) {
                case 404 -> "No such resource";
                case 400 -> "The request cannot be read (its URL or a header is malformed)";
                default -> "The request was refused";
            };
        }
        Problem problem = Problem.ofStatus(status, detail);
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE.toString());
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(JSONB.toJson(problem));
    }
}
