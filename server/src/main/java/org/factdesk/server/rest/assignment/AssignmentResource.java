package org.factdesk.server.rest.assignment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.rest.article.ArticleAssembler;
import org.factdesk.server.rest.article.ArticleViews.AssignmentView;
import org.factdesk.server.rest.support.Params;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleQueries;
import org.factdesk.workflow.assignment.Assignment;
import org.factdesk.workflow.editorial.AssignmentRole;
import org.factdesk.workflow.staffing.AssignmentService;
import org.factdesk.workflow.staffing.NewAssignment;
import org.factdesk.workflow.user.Actor;

@Path("articles/{id}/assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments", description = "Who reviews, fact-checks and translates an article, and by when")
@APIResponse(responseCode = "403", description = "Only editors assign", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "422", description = "This person cannot take this part", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AssignmentResource {
  /** {@code language} for translators only; {@code due} an ISO date-time or a date. */
  public record AssignRequest(@Schema(required = true) String user, @Schema(required = true) String role,
      String language, String due) {}

  /** Give the part to {@code user}, or only move {@code due}. */
  public record ReassignRequest(String user, String due) {}

  @Inject AssignmentService assignments;
  @Inject ArticleQueries articles;
  @Inject ArticleAssembler assembler;
  @Inject CurrentActor me;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "The article's assignments; ?all=true includes ended ones")
  public List<AssignmentView> list(@PathParam("id") long id, @QueryParam("all") boolean all) {
    Actor actor = me.get();
    Article article = articles.find(actor, id);
    return assignments.forArticle(actor, id, all).stream().map(s -> assembler.assignment(s, article)).toList();
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Assign a reviewer, a fact-checker or a translator", description = "A new reviewer (or"
      + " translator for the same language) replaces the current one, as PUT on its assignment does: without a"
      + " due date the part keeps the current one. The reviewer cannot be the author.")
  @APIResponse(responseCode = "201", description = "Assigned")
  @APIResponse(responseCode = "200", description = "Already assigned so; only the due date may have changed")
  public Response assign(@PathParam("id") long id, AssignRequest request) {
    Actor actor = me.get();
    NewAssignment assignment = new NewAssignment(request.user(),
        Params.requiredEnum("role", request.role(), AssignmentRole.class), Params.optionalLanguage(request.language()),
        Params.dateTime("due", request.due()));
    AssignmentService.Assigned result = assignments.assign(actor, id, assignment);
    Assignment stored = result.assignment();
    if (!result.created()) {
      return Response.ok(view(actor, id, stored)).build();
    }
    return Response.created(uri.getBaseUriBuilder().path("articles/{id}/assignments/{a}").build(id, stored.id()))
        .entity(view(actor, id, stored))
        .build();
  }

  @GET
  @Path("{assignmentId}")
  @Operation(summary = "One assignment")
  public AssignmentView get(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId) {
    Actor actor = me.get();
    return view(actor, id, assignments.find(actor, id, assignmentId));
  }

  @PUT
  @Path("{assignmentId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reassign to someone else, or change the due date")
  public AssignmentView reassign(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId,
      ReassignRequest request) {
    Actor actor = me.get();
    Assignment next = assignments.reassign(actor, id, assignmentId, request.user(), Params.dateTime("due", request.due()));
    return view(actor, id, next);
  }

  @DELETE
  @Path("{assignmentId}")
  @Operation(summary = "Unassign (the assignment is kept in the history as ended)")
  @APIResponse(responseCode = "204", description = "Unassigned")
  public Response unassign(@PathParam("id") long id, @PathParam("assignmentId") long assignmentId) {
    assignments.unassign(me.get(), id, assignmentId);
    return Response.noContent().build();
  }

  private AssignmentView view(Actor actor, long articleId, Assignment a) {
    return assembler.assignment(a, articles.find(actor, articleId));
  }
}
