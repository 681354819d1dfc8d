package org.factdesk.server.rest.audit;

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
import org.factdesk.server.rest.article.ArticleViews.AuditEventView;
import org.factdesk.server.rest.article.ArticleViews.PageView;
import org.factdesk.server.rest.support.Params;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.ForbiddenException;
import org.factdesk.workflow.user.Role;

@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Every change in the newsroom, newest first")
public class AuditResource {
  @Inject AuditLog audit;
  @Inject CurrentActor me;

  @GET
  @Operation(summary = "The global audit trail (admins), filterable by actor and action")
  public PageView<AuditEventView> list(@QueryParam("actor") String actor, @QueryParam("action") String action,
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    if (!me.get().has(Role.ADMIN)) {
      throw new ForbiddenException("read the global audit trail", "only admins may");
    }
    return ArticleAssembler.page(audit.all(blankToNull(actor), blankToNull(action), Params.page(page, size)),
        ArticleAssembler::audit);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
