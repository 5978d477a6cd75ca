package org.ioedc.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;

/**
 * The error page of the container (web.xml): a problem+json body instead of the runtime's HTML report,
 * which names the server and its version.
 */
@WebServlet(name = "ErrorProblem", urlPatterns = "/error")
public class ErrorProblem extends HttpServlet {

    private static final Map<Integer, String> TITLES = Map.of(400, "Bad request", 401, "Unauthorized", 403, "Forbidden",
            404, "Not found", 405, "Method not allowed", 415, "Unsupported media type", 500, "Internal error");

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        ProblemResponse.send(response, status, TITLES.getOrDefault(status, "Error"),
                status == 404 ? "There is nothing at this address." : "The request could not be served.");
    }
}
