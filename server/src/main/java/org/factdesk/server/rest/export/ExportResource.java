package org.factdesk.server.rest.export;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.article.ArticleService;
import org.factdesk.workflow.user.Actor;

@Path("articles/{id}/pdf")
@RequestScoped
@Tag(name = "Exports", description = "Approved content as PDF")
public class ExportResource {
  @Inject ArticleService articles;
  @Inject PdfExports exports;
  @Inject CurrentActor me;
  @Context Request request;

  @GET
  @Produces("application/pdf")
  @Operation(summary = "The approved article as a tagged PDF/A-2u, PDF/UA-1 file",
      description = "lang omitted or the source language: the approved source revision (still the published one"
          + " while the article is corrected or reopened); another language: its approved translation of that revision."
          + " revision=N: any approved version, with its translations as they were approved, byte for byte as it was"
          + " published (404 for a revision that was never approved). The ETag is the bytes' SHA-256.")
  @APIResponse(responseCode = "200", description = "The PDF")
  @APIResponse(responseCode = "304", description = "Unchanged since the ETag you sent")
  @APIResponse(responseCode = "409", description = "Nothing approved in that language", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "No such article, or no approved version with that revision", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "422", description = "Some of its text is in a script no font of the export covers"
      + " (scriptNotSupported: one reason per script, with its ISO 15924 code, name and characters)",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response pdf(@PathParam("id") long id, @QueryParam("lang") String lang,
      @QueryParam("revision") Integer revision) {
    Actor actor = me.get();
    PdfExports.Rendered pdf = exports.render(actor, id, lang, revision);
    EntityTag etag = new EntityTag(pdf.sha256());
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
    if (unchanged != null) {
      return unchanged.tag(etag).build();
    }
    articles.recordExport(actor, id, pdf.language(), pdf.revision(), "pdf", pdf.sha256());
    return Response.ok(pdf.pdf(), "application/pdf")
        .tag(etag)
        .header("Content-Disposition", "attachment; filename=\"" + pdf.filename() + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
