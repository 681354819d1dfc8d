package org.factdesk.server.rest.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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
import org.factdesk.workflow.work.WorkItem;
import org.factdesk.workflow.work.WorkQueries;

@Path("me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The logged-in user and their queue")
public class MeResource {
  @Inject AssignmentService assignments;
  @Inject UserService users;
  @Inject ArticleAssembler assembler;
  @Inject CurrentActor me;
  @Inject WorkQueries waiting;

  @GET
  @Operation(summary = "Who am I: user name, roles and languages")
  public UserView whoAmI() {
    Actor actor = me.get();
    return UserResource.view(users.find(actor, actor.username()));
  }

  /** {@code uiLanguage}: a BCP 47 tag such as "ar", or null to follow the browser again. */
  public record MeChange(String uiLanguage) {}

  @PATCH
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Choose my interface language", description = "Kept on the account, so it follows the"
      + " person to any browser; GET /api/me and the login answer return it as uiLanguage.")
  @APIResponse(responseCode = "200", description = "The account with its new interface language")
  @APIResponse(responseCode = "400", description = "Not a language tag",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public UserView change(MeChange request) {
    return UserResource.view(users.chooseUiLanguage(me.get(), request == null ? null : request.uiLanguage()));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Choose my interface language (the same as PATCH)")
  public UserView replace(MeChange request) {
    return change(request);
  }

  /** {@code current}: the password now; {@code password}: the new one (12 to 128 characters). */
  public record PasswordChangeRequest(@Schema(required = true) String current,
      @Schema(required = true, minLength = UserService.MIN_PASSWORD, maxLength = UserService.MAX_PASSWORD) String password) {}

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

  /** One step waiting for me; the screen it opens follows from kind (taskId: the translation, claimId: the claim). */
  public record WorkItemView(String kind, long articleId, String title, String articleLanguage, String state,
      Long taskId, Long claimId, String language, OffsetDateTime due, boolean overdue, boolean dueSoon) {
    static WorkItemView of(WorkItem w) {
      return new WorkItemView(w.kind().name(), w.articleId(), w.title(), w.articleLanguage(), w.state().name(),
          w.taskId(), w.claimId(), w.language(), w.due(), w.overdue(), w.dueSoon());
    }
  }

  @GET
  @Path("work")
  @Operation(summary = "What needs me: every step waiting for me, overdue first, then by due date",
      description = "Kinds: DRAFT, REVIEW, CHECK, RECHECK, TRANSLATE, UPDATE_TRANSLATION, APPROVE_TRANSLATION,"
          + " APPROVE_ARTICLE. Only steps this person may take: never a translation they made or submitted to"
          + " approve, never their own article to approve. dueSoon: within 48 hours.")
  public PageView<WorkItemView> work(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return ArticleAssembler.page(waiting.work(me.get(), Params.page(page, size)), WorkItemView::of);
  }
}
