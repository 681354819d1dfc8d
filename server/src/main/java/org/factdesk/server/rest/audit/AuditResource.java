package org.factdesk.server.rest.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.rest.article.ArticleAssembler;
import org.factdesk.server.rest.article.ArticleViews.AuditEventView;
import org.factdesk.server.rest.article.ArticleViews.PageView;
import org.factdesk.server.rest.support.Params;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.audit.AuditVerification;
import org.factdesk.workflow.common.ForbiddenException;
import org.factdesk.workflow.user.Role;

@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit", description = "Every change in the newsroom, newest first; its hash chains verified and exported")
@APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class AuditResource {
  static final String NDJSON = "application/x-ndjson";

  @Inject AuditLog audit;
  @Inject AuditVerification verification;
  @Inject CurrentActor me;

  @GET
  @Operation(summary = "The global audit trail (admins), filterable by actor and action")
  public PageView<AuditEventView> list(@QueryParam("actor") String actor, @QueryParam("action") String action,
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    requireAdmin("read the global audit trail");
    return ArticleAssembler.page(audit.all(blankToNull(actor), blankToNull(action), Params.page(page, size)),
        ArticleAssembler::audit);
  }

  @GET
  @Path("verification")
  @Operation(summary = "Walk every hash chain (admins)", description = "{\"valid\": true, \"events\": n}, or"
      + " valid false with the first event that does not hold (broken: articleId, eventId, differs, expected,"
      + " found). Decision 0016.")
  public AuditViews.VerificationView verify() {
    requireAdmin("verify the audit trail");
    return AuditViews.VerificationView.of(verification.verify());
  }

  @GET
  @Path("export")
  @Produces(NDJSON)
  @Operation(summary = "The whole audit trail as NDJSON (admins), chain by chain",
      description = "One canonical JSON object per line, with previousHash and hash: what bin/VerifyAudit.java checks"
          + " offline.")
  public Response export() {
    requireAdmin("export the audit trail");
    StreamingOutput lines = out -> {
      var writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
      try {
        verification.inChainOrder(e -> {
          try {
            writer.write(e.exportLine());
            writer.write('\n');
            return true;
          } catch (IOException ex) {
            throw new UncheckedIOException(ex);
          }
        });
      } catch (UncheckedIOException ex) {
        throw ex.getCause();
      }
      writer.flush();
    };
    return Response.ok(lines, NDJSON)
        .header("Content-Disposition", "attachment; filename=\"factdesk-audit.ndjson\"")
        .build();
  }

  private void requireAdmin(String what) {
    if (!me.get().has(Role.ADMIN)) {
      throw new ForbiddenException(what, "only admins may");
    }
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
