package org.ioedc.web.input;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import org.ioedc.edc.common.InvalidDataException;

/**
 * Path segments and query parameters obey the same text rule as body fields ({@link WireText}) and a length no
 * identifier or search needs: a NUL in {@code ?q=} would otherwise reach the database and fail there (500).
 * 422 naming the parameter; the resource is never called.
 */
@Provider
public class ParameterText implements ContainerRequestFilter {

    /** Longer than any OID, key or search text of the API. */
    static final int MAX_LENGTH = 1000;

    @Override
    public void filter(ContainerRequestContext request) {
        List<InvalidDataException.Fault> faults = new ArrayList<>();
        check(request.getUriInfo().getPathParameters(), faults);
        check(request.getUriInfo().getQueryParameters(), faults);
        if (!faults.isEmpty()) {
            throw new InvalidDataException("The request's parameters cannot be taken, listed in errors", faults);
        }
    }

    private static void check(MultivaluedMap<String, String> parameters, List<InvalidDataException.Fault> faults) {
        parameters.forEach((name, values) -> values.forEach(value -> {
            if (value.length() > MAX_LENGTH) {
                faults.add(new InvalidDataException.Fault(name, "must be at most " + MAX_LENGTH + " characters"));
            } else {
                WireText.fault(value).ifPresent(message -> faults.add(new InvalidDataException.Fault(name, message)));
            }
        }));
    }
}
