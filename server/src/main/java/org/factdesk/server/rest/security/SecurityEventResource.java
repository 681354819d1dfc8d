package org.factdesk.server.rest.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.rest.article.ArticleAssembler;
import org.factdesk.server.rest.article.ArticleViews.PageView;
import org.factdesk.server.rest.support.Params;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.user.SecurityEvent;
import org.factdesk.workflow.user.SecurityLog;

@Path("security-events")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Security", description = "Failed logins, lockouts, refused requests and account changes, for admins")
public class SecurityEventResource {
  /** One security event; never a password or a token. */
  public record SecurityEventView(long id, OffsetDateTime at, String kind, String user, String actor, String address,
      String detail) {}

  @Inject SecurityLog log;
  @Inject CurrentActor me;

  @GET
  @Operation(summary = "Security events, newest first (admins)", description = "kind: LOGIN_FAILED, LOCKOUT,"
      + " LOGIN_WHILE_LOCKED, ACCESS_REFUSED, ACCOUNT_CREATED, ACCOUNT_CHANGED, PASSWORD_CHANGED, LOCK_LIFTED; user:"
      + " the account concerned or the one who acted; from/to: ISO 8601 date-times. Kept for"
      + " FACTDESK_SECURITY_EVENT_RETENTION_DAYS.")
  @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public PageView<SecurityEventView> list(@QueryParam("kind") String kind, @QueryParam("user") String user,
      @QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return ArticleAssembler.page(log.read(me.get(), Params.enumValue("kind", kind, SecurityEvent.Kind.class),
            user == null || user.isBlank() ? null : user.strip(), Params.dateTime("from", from),
            Params.dateTime("to", to), Params.page(page, size)),
        e -> new SecurityEventView(e.id(), e.occurredAt(), e.kind().name(), e.username(), e.actor(), e.address(),
            e.detail()));
  }
}
