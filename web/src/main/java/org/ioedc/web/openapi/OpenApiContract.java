package org.ioedc.web.openapi;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Completes the generated document (mp.openapi.filter): every operation lists the RFC 9457 problems it may
 * answer, and the runtime's own additions that OpenAPI 3.0 forbids are taken out, so that validators and
 * client generators accept the document.
 */
public class OpenApiContract implements OASFilter {

    private static final Logger LOG = Logger.getLogger(OpenApiContract.class.getName());

    static final String PROBLEM_MEDIA_TYPE = "application/problem+json";

    /** A problem status, the name of its shared response in components, and whether only changes can meet it. */
    private record ErrorResponse(int status, String name, String description, boolean changesOnly) {
    }

    /** The statuses of docs/api.md, Errors. */
    private static final List<ErrorResponse> ERRORS = List.of(
            new ErrorResponse(400, "MalformedRequest", "The body is not one JSON document in UTF-8, or a URL or header cannot be parsed", false),
            new ErrorResponse(401, "Unauthenticated", "No or wrong credentials, or a locked account", false),
            new ErrorResponse(403, "Forbidden", "The role may not do this, or a change from another origin or without the session's CSRF token", false),
            new ErrorResponse(404, "NotFound", "Not found, or outside the caller's site scope", false),
            new ErrorResponse(406, "NotAcceptable", "The client accepts no JSON", false),
            new ErrorResponse(409, "Conflict", "A stale version, a duplicate id, frozen or locked data, a step the state does not allow, "
                    + "or a simultaneous change of the same data; nothing was saved", true),
            new ErrorResponse(413, "TooLarge", "The body is larger than 1 MiB", true),
            new ErrorResponse(415, "UnsupportedMediaType", "The body is not application/json in UTF-8", true),
            new ErrorResponse(422, "Invalid", "Values or rules broken; errors names every item or field at fault; nothing was saved", false),
            new ErrorResponse(429, "RateLimited", "Too many wrong passwords from the client's address; Retry-After says how many seconds to wait", false),
            new ErrorResponse(500, "InternalError", "Something went wrong on the server; nothing was saved", false));

    @Override
    public void filterOpenAPI(OpenAPI api) {
        withoutRuntimeEndpoints(api);
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        Components components = api.getComponents();
        components.addSchema("ItemFault", itemFault());
        components.addSchema("Problem", problem());
        ERRORS.forEach(e -> components.addResponse(e.name(), OASFactory.createAPIResponse().description(e.description())
                .content(OASFactory.createContent().addMediaType(PROBLEM_MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"))))));
        if (api.getPaths() != null && api.getPaths().getPathItems() != null) {
            api.getPaths().getPathItems().values().forEach(OpenApiContract::describeProblems);
        }
    }

    private static void describeProblems(PathItem item) {
        item.getOperations().forEach((method, operation) -> {
            boolean changes = method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD;
            for (ErrorResponse e : ERRORS) {
                if (changes || !e.changesOnly()) {
                    addResponse(operation, e);
                }
            }
        });
    }

    private static void addResponse(Operation operation, ErrorResponse e) {
        if (operation.getResponses() == null) {
            operation.setResponses(OASFactory.createAPIResponses());
        }
        String status = String.valueOf(e.status());
        if (operation.getResponses().getAPIResponse(status) == null) {
            APIResponse ref = OASFactory.createAPIResponse().ref(e.name());
            operation.getResponses().addAPIResponse(status, ref);
        }
    }

    private static Schema problem() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("An RFC 9457 problem detail (docs/api.md, Errors)")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING).format("uri")
                        .description("A stable identifier of the kind of problem (docs/api.md lists them); not necessarily resolvable"))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("A short summary of the kind of problem"))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int32"))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("What went wrong in this request"))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .items(OASFactory.createSchema().ref("ItemFault"))
                        .description("For rejected values: every item or field at fault"))
                .required(List.of("type", "title", "status"));
    }

    private static Schema itemFault() {
        return OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .addProperty("item", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("The ODM ItemOID, or the request field or parameter"))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .required(List.of("item", "message"));
    }

    /**
     * Payara adds a top-level {@code endpoints} map (its own list of the paths by context root), a property
     * OpenAPI 3.0 does not allow. It is no part of the MicroProfile model, hence the reflection; its writer
     * leaves empty values out, and its own merge and clone read the map, so it is emptied rather than removed.
     */
    private static void withoutRuntimeEndpoints(OpenAPI api) {
        Method setter;
        try {
            setter = api.getClass().getMethod("setEndpoints", Map.class);
        } catch (NoSuchMethodException e) {
            return; // a runtime that adds nothing of its own
        }
        try {
            setter.invoke(api, new TreeMap<String, Object>());
        } catch (ReflectiveOperationException | RuntimeException e) {
            LOG.log(Level.WARNING, "The runtime's endpoints could not be taken out of the OpenAPI document", e);
        }
    }
}
