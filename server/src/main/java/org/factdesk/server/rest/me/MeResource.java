package org.factdesk.server.rest.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.rest.article.ArticleAssembler;
import org.factdesk.server.rest.article.ArticleViews.PageView;
import org.factdesk.server.rest.article.ArticleViews.QueueItemView;
import org.factdesk.server.rest.support.Params;
import org.factdesk.server.rest.user.UserResource.UserView;
import org.factdesk.server.rest.user.UserResource;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.editorial.ArticleState;
import org.factdesk.workflow.staffing.AssignmentService;
import org.factdesk.workflow.staffing.QueueFilter;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.UserService;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The logged-in user and their queue")
public class MeResource {
  @Inject AssignmentService assignments;
  @Inject UserService users;
  @Inject ArticleAssembler assembler;
  @Inject CurrentActor me;

  @GET
  @Operation(summary = "Who am I: user name, roles and languages")
  public UserView whoAmI() {
    Actor actor = me.get();
    return UserResource.view(users.find(actor, actor.username()));
  }

  /** {@code current}: the password now; {@code password}: the new one (12 to 128 characters). */
  public record PasswordChangeRequest(String current, String password) {}

  @PUT
  @Path("password")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change my password", description = "Needs the current password (wrong ones count towards"
      + " the login lock). Every session of the account ends, this one included: log in again with the new one.")
  @APIResponse(responseCode = "204", description = "Changed; every session ended")
  @APIResponse(responseCode = "400", description = "Wrong current password, or the new one too short or too long",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "429", description = "Locked after too many wrong passwords",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response changePassword(PasswordChangeRequest request) {
    users.changeOwnPassword(me.get(), request.current(), request.password());
    return Response.noContent().build();
  }

  @GET
  @Path("queue")
  @Operation(summary = "My queue: my active assignments, overdue first, then by due date",
      description = "Filters: state, language, dueBefore (ISO date-time or date), overdue=true, closed=true to"
          + " include approved, withdrawn and archived articles.")
  public PageView<QueueItemView> queue(@QueryParam("state") String state, @QueryParam("language") String language,
      @QueryParam("dueBefore") String dueBefore, @QueryParam("overdue") boolean overdue,
      @QueryParam("closed") boolean closed, @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    LanguageTag lang = Params.optionalLanguage(language);
    OffsetDateTime before = Params.dateTime("dueBefore", dueBefore);
    QueueFilter filter = new QueueFilter(Params.enumValue("state", state, ArticleState.class),
        lang == null ? null : lang.value(), before, overdue, closed);
    return ArticleAssembler.page(assignments.queue(me.get(), filter, Params.page(page, size)), assembler::queueItem);
  }

}
