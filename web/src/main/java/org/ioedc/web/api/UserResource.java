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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.ioedc.edc.common.Actor;
import org.ioedc.edc.common.InvalidDataException;
import org.ioedc.edc.common.Role;
import org.ioedc.edc.user.UserService;
import org.ioedc.web.security.CurrentActor;

/** Users (administrators), and who the caller is. */
@Path("")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Users")
public class UserResource {

    @EJB
    private UserService users;

    @Inject
    private CurrentActor actor;

    @GET
    @Path("me")
    @Operation(summary = "The signed-in user, role and scope")
    public UserDtos.UserOut me() {
        return UserDtos.UserOut.of(actor.get());
    }

    @GET
    @Path("users")
    @Operation(operationId = "listUsers", summary = "Every user (administrator)")
    public List<UserDtos.UserOut> list() {
        return users.list(actor.get()).stream().map(UserDtos.UserOut::of).toList();
    }

    @POST
    @Path("users")
    @Operation(operationId = "createUser", summary = "Create a user (administrator): coordinators and monitors get sites, data managers studies")
    public Response create(UserDtos.UserIn in) {
        Requests.body(in);
        Role role;
        try {
            role = in.role() == null ? null : Role.valueOf(in.role().strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw InvalidDataException.of("role", "must be COORDINATOR, MONITOR, DATA_MANAGER or ADMINISTRATOR");
        }
        var sites = in.sites() == null ? java.util.Set.<Actor.SiteKey>of()
                : in.sites().stream().map(s -> new Actor.SiteKey(s.studyOid(), s.siteOid())).collect(Collectors.toSet());
        var user = users.create(actor.get(), in.username(), in.password(), role, sites, in.studies());
        return Response.status(201).entity(UserDtos.UserOut.of(user)).build();
    }

    @POST
    @Path("users/{username}/unlock")
    @Operation(summary = "Unlock a user locked after repeated wrong passwords (administrator); audited")
    public UserDtos.UserOut unlock(@PathParam("username") String username) {
        return UserDtos.UserOut.of(users.unlock(actor.get(), username));
    }
}
