package org.factdesk.server.rest.source;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.rest.article.ArticleViews.PageView;
import org.factdesk.server.rest.source.SourceViews.RegisterSourceRequest;
import org.factdesk.server.rest.source.SourceViews.SnapshotView;
import org.factdesk.server.rest.source.SourceViews.SourceView;
import org.factdesk.server.rest.support.Params;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.source.NewSource;
import org.factdesk.workflow.source.Snapshot;
import org.factdesk.workflow.source.Source;
import org.factdesk.workflow.source.SourceKind;
import org.factdesk.workflow.source.SourceService;
import org.factdesk.workflow.user.Actor;

@Path("sources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Sources", description = "The shared source registry and archived evidence")
@APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Not logged in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SourceResource {
  @Inject SourceService sources;
  @Inject EvidenceStore evidence;
  @Inject CurrentActor me;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a source", description = "A web source by URL (canonicalised: an address already"
      + " registered returns that source with 200), or a DOCUMENT, INTERVIEW, DATASET or OTHER with a description."
      + " Editors and fact-checkers.")
  @APIResponse(responseCode = "201", description = "Registered")
  @APIResponse(responseCode = "200", description = "Already registered under the same canonical URL")
  @APIResponse(responseCode = "403", description = "Not an editor or fact-checker", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response register(RegisterSourceRequest request) {
    NewSource source = new NewSource(Params.enumValue("kind", request.kind(), SourceKind.class), request.url(),
        request.description(), request.title(), request.publisher(), request.author(),
        date("publishedOn", request.publishedOn()), date("accessedOn", request.accessedOn()), request.archiveUrl());
    SourceService.Registered r = sources.register(me.get(), source);
    Response.ResponseBuilder b = r.created()
        ? Response.created(uri.getBaseUriBuilder().path("sources/{id}").build(r.source().id()))
        : Response.ok();
    return b.entity(SourceViews.view(r.source())).build();
  }

  @GET
  @Operation(summary = "Search sources", description = "q: part of the title (case-insensitive), or a URL (matched"
      + " by canonical form). Ordered by title.")
  public PageView<SourceView> search(@QueryParam("q") String q, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Page<Source> found = sources.search(me.get(), q, Params.page(page, size));
    return new PageView<>(found.items().stream().map(SourceViews::view).toList(), found.page(), found.size(),
        found.total());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read a source")
  public SourceView get(@PathParam("id") long id) {
    return SourceViews.view(sources.find(me.get(), id));
  }

  @POST
  @Path("{id}/snapshots")
  @Consumes(MediaType.WILDCARD)
  @Operation(summary = "Archive a snapshot of the source", description = "The raw file as the body (PDF, PNG, JPEG or"
      + " HTML, recognised by content; at most FACTDESK_MAX_UPLOAD_BYTES, default 20 MiB). Stored by SHA-256; name="
      + " keeps the original file name.")
  @APIResponse(responseCode = "201", description = "Archived, with its SHA-256")
  @APIResponse(responseCode = "413", description = "Too large", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "415", description = "Not a PDF, PNG, JPEG or HTML file", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response upload(@PathParam("id") long id, @QueryParam("name") String name, InputStream body)
      throws IOException {
    Actor actor = me.get();
    sources.mayArchive(actor, id);
    try (EvidenceStore.Upload upload = evidence.receive(body)) {
      Snapshot s = sources.attachSnapshot(actor, id, upload.evidence(), name);
      upload.keep(); // only once the snapshot is recorded: a refused upload leaves no file behind
      return Response.created(uri.getBaseUriBuilder().path("sources/{id}/snapshots/{s}").build(id, s.id()))
          .entity(SourceViews.snapshot(s))
          .build();
    }
  }

  @GET
  @Path("{id}/snapshots")
  @Operation(summary = "The source's archived snapshots, oldest first")
  public List<SnapshotView> snapshots(@PathParam("id") long id) {
    return sources.snapshots(me.get(), id).stream().map(SourceViews::snapshot).toList();
  }

  @GET
  @Path("{id}/snapshots/{snapshot}/content")
  @Produces(MediaType.WILDCARD)
  @Operation(summary = "Download a snapshot", description = "Always as an attachment; PDF and images with their type,"
      + " HTML as application/octet-stream, so a browser never renders or runs it.")
  public Response download(@PathParam("id") long id, @PathParam("snapshot") long snapshotId) throws IOException {
    Snapshot s = sources.snapshot(me.get(), id, snapshotId);
    java.nio.file.Path file = evidence.file(s.sha256());
    if (!Files.exists(file)) {
      throw new NotFoundException("snapshot", snapshotId);
    }
    String type = s.type().passive() ? s.mediaType() : MediaType.APPLICATION_OCTET_STREAM;
    String extension = switch (s.type()) {
      case PDF -> "pdf";
      case PNG -> "png";
      case JPEG -> "jpg";
      case HTML -> "html.txt";
    };
    StreamingOutput out = o -> Files.copy(file, o);
    return Response.ok(out, type)
        .header("Content-Length", s.size())
        .header("Content-Disposition", "attachment; filename=\"snapshot-" + s.id() + "." + extension + "\"")
        .header("X-Content-Type-Options", "nosniff")
        .header("Content-Security-Policy", "default-src 'none'; sandbox")
        .header("X-Content-SHA256", s.sha256())
        .build();
  }

  private static LocalDate date(String field, String raw) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(raw.strip());
    } catch (DateTimeParseException e) {
      throw new ValidationException(field, "date", Map.of(), "\"" + raw + "\" is not an ISO date (2026-12-01)");
    }
  }
}
