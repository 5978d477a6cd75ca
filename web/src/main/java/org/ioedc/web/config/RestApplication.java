package org.ioedc.web.config;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;

/**
 * The REST API under /api/v1. Each resource class declares a tag of its own: the runtime declares a class's tag
 * at the top of /openapi once per class, so two classes sharing a tag would declare it twice.
 */
@ApplicationPath("/api/v1")
@OpenAPIDefinition(
        info = @Info(title = "IO-EDC API", version = "1",
                description = "Electronic data capture for immunotherapy trials. Errors are RFC 9457 problem+json.",
                license = @License(name = "Apache-2.0")),
        security = @SecurityRequirement(name = "basic"))
@SecurityScheme(securitySchemeName = "basic", type = SecuritySchemeType.HTTP, scheme = "basic")
public class RestApplication extends Application {
}
