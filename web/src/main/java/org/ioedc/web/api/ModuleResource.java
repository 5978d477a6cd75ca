package org.ioedc.web.api;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ioedc.edc.study.FormCatalog;
import org.ioedc.web.security.CurrentActor;

/** The trial modules this installation has, with their forms and edit checks. */
@Path("modules")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trial modules")
public class ModuleResource {

    @Inject
    private FormCatalog catalog;

    @Inject
    private CurrentActor actor;

    @GET
    @Operation(operationId = "listModules", summary = "Every trial module, its forms and its edit checks")
    public List<FormDtos.ModuleOut> list() {
        actor.get();
        return catalog.modules().all().stream().map(m -> new FormDtos.ModuleOut(m.id(), m.name(),
                catalog.modules().formsOf(m.id()),
                m.editChecks().stream().map(c -> new FormDtos.CheckOut(c.id(), c.formOid(), c.description())).toList()))
                .toList();
    }
}
