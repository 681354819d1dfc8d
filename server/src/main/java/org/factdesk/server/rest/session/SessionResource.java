package org.factdesk.server.rest.session;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.problem.ProblemException;
import org.factdesk.server.rest.user.UserResource;
import org.factdesk.server.rest.user.UserResource.UserView;
import org.factdesk.server.security.BasicAuthMechanism;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.SessionService;
import org.factdesk.workflow.user.UserService;

@Path("sessions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sessions", description = "Log in and out of the web interface with a bearer token")
public class SessionResource {
  /** The token is shown once; send it as {@code Authorization: Bearer <token>}. */
  public record SessionView(String token, OffsetDateTime expiresAt, UserView user) {}

  @Inject SessionService sessions;
  @Inject UserService users;
  @Inject CurrentActor me;
  @Context HttpServletRequest request;

  @POST
  @Operation(summary = "Log in: exchange the user name and password (HTTP Basic) for a bearer token",
      description = "The token lasts 8 hours after its last use, 7 days at most. Only its SHA-256 is stored.")
  @APIResponse(responseCode = "201", description = "The token, its expiry and the user")
  @APIResponse(responseCode = "401", description = "Wrong or missing user name and password")
  @APIResponse(responseCode = "403", description = "Sent a bearer token instead of a password")
  public Response open() {
    Actor actor = me.get();
    if (request.getAttribute(BasicAuthMechanism.BEARER_ATTRIBUTE) != null) {
      throw new ProblemException(403, "passwordRequired", Map.of(),
          "A new session needs your user name and password, not another session");
    }
    SessionService.Opened opened = sessions.open(actor);
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.status(201).cacheControl(noStore)
        .entity(new SessionView(opened.token(), opened.expiresAt(),
            UserResource.view(users.find(actor, actor.username()))))
        .build();
  }

  @DELETE
  @Path("current")
  @Operation(summary = "Log out: the bearer token of this request stops working at once")
  @APIResponse(responseCode = "204", description = "Logged out (nothing to do for HTTP Basic)")
  public Response close() {
    me.get();
    Object token = request.getAttribute(BasicAuthMechanism.BEARER_ATTRIBUTE);
    if (token instanceof String t) {
      sessions.close(t);
    }
    return Response.noContent().build();
  }
}
