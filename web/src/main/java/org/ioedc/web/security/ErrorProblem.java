package org.ioedc.web.security;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;
import org.ioedc.web.problem.ProblemType;

/**
 * The error page of the container (web.xml): a problem+json body instead of the runtime's HTML report,
 * which names the server and its version.
 */
@WebServlet(name = "ErrorProblem", urlPatterns = "/error")
public class ErrorProblem extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) {
        int status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE) instanceof Integer code ? code : 404;
        String detail = status == 404 ? "There is nothing at this address." : "The request could not be served.";
        ProblemType.forStatus(status).ifPresentOrElse(type -> ProblemResponse.send(response, type, detail),
                () -> ProblemResponse.send(response, "about:blank", status, reasonPhrase(status), detail));
    }

    private static String reasonPhrase(int status) {
        Response.StatusType known = Response.Status.fromStatusCode(status);
        return known == null ? "Error" : known.getReasonPhrase();
    }
}
