package org.factdesk.server.rest.me;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.i18n.LanguageTag;
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
