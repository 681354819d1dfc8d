package org.factdesk.server.rest.assignment;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.rest.article.ArticleAssembler;
import org.factdesk.server.rest.article.ArticleViews.PageView;
import org.factdesk.server.rest.article.ArticleViews.QueueItemView;
import org.factdesk.server.rest.support.Params;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.staffing.AssignmentService;

@Path("assignments")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Assignments")
public class OverdueResource {
  @Inject AssignmentService assignments;
  @Inject ArticleAssembler assembler;
  @Inject CurrentActor me;

  @GET
  @Path("overdue")
  @Operation(summary = "Every overdue assignment in the newsroom (editors)")
  public PageView<QueueItemView> overdue(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return ArticleAssembler.page(assignments.overdue(me.get(), Params.page(page, size)), assembler::queueItem);
  }
}
