package org.factdesk.server.rest.export;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.server.problem.Localizer;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.problem.ProblemException;
import org.factdesk.server.rest.article.ArticleViews.PageView;
import org.factdesk.server.rest.export.ExportJobViews.ExportFilterRequest;
import org.factdesk.server.rest.export.ExportJobViews.ExportItemView;
import org.factdesk.server.rest.export.ExportJobViews.ExportJobSummary;
import org.factdesk.server.rest.export.ExportJobViews.ExportJobView;
import org.factdesk.server.rest.export.ExportJobViews.ItemError;
import org.factdesk.server.rest.export.ExportJobViews.StartExportRequest;
import org.factdesk.server.rest.support.Params;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.article.ArticleFilter;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.export.ExportItem;
import org.factdesk.workflow.export.ExportItemState;
import org.factdesk.workflow.export.ExportJob;
import org.factdesk.workflow.export.ExportJobService;
import org.factdesk.workflow.export.ExportJobState;

@Path("exports")
@Produces(MediaType.APPLICATION_JSON)
@RequestScoped
@Tag(name = "Exports", description = "Approved content as PDF")
public class ExportJobResource {
  /** ZIP entries carry one fixed time, so the same job contents always give the same ZIP bytes. */
  private static final LocalDateTime ENTRY_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  @Inject ExportJobService jobs;
  @Inject ExportJobRunner runner;
  @Inject Localizer localizer;
  @Inject CurrentActor me;
  @Context Request request;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Start a bulk PDF export", description = "Editors only. Body: {\"articles\":[ids],"
      + " \"filter\":{\"language\",\"desk\",\"q\"}, \"languages\":[tags]}; the filter matches approved articles."
      + " Each article is exported in each language (none given: its source language), at most "
      + ExportJobService.MAX_ITEMS + " pairs. Runs in the background; follow Location for progress.")
  @APIResponse(responseCode = "202", description = "Accepted; Location names the job")
  @APIResponse(responseCode = "400", description = "Nothing to export, too much, or a bad language tag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "403", description = "Not an editor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response start(StartExportRequest body, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    if (body == null) {
      throw ProblemException.badRequest("emptyBody", Map.of(), "The request needs a JSON body");
    }
    List<Long> ids = body.articles() == null ? List.of() : body.articles();
    if (ids.size() > ExportJobService.MAX_ITEMS || ids.stream().anyMatch(id -> id == null || id < 1)) {
      throw new ValidationException("articles", "range", Map.of("min", 1, "max", Long.MAX_VALUE),
          "article ids are positive numbers, at most " + ExportJobService.MAX_ITEMS + " of them");
    }
    List<LanguageTag> languages = new ArrayList<>();
    for (String tag : body.languages() == null ? List.<String>of() : body.languages()) {
      languages.add(Params.language(tag));
    }
    ExportFilterRequest f = body.filter();
    ArticleFilter filter = f == null ? null : new ArticleFilter(null,
        f.language() == null ? null : Params.language(f.language()).value(), f.desk(), f.q());
    ExportJob job = jobs.start(me.get(), ids, filter, languages);
    runner.submit(job.id());
    return Response.accepted(view(job, acceptLanguage))
        .location(uri.getBaseUriBuilder().path("exports").path(String.valueOf(job.id())).build())
        .build();
  }

  @GET
  @Operation(summary = "Your export jobs, newest first", description = "Admins see everyone's.")
  public PageView<ExportJobSummary> list(@QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    Page<ExportJob> found = jobs.list(me.get(), Params.page(page, size));
    return new PageView<>(found.items().stream().map(j -> new ExportJobSummary(j.id(), j.state().name(),
        j.createdBy(), j.createdAt(), j.finishedAt(), j.total())).toList(), found.page(), found.size(), found.total());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Progress of an export job", description = "done/failed/pending counts and every item,"
      + " with the reason an item was not exported. Only the person who started it and admins see a job.")
  @APIResponse(responseCode = "200", description = "The job")
  @APIResponse(responseCode = "404", description = "No such job of yours", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response progress(@PathParam("id") long id, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String acceptLanguage) {
    ExportJobView view = view(jobs.find(me.get(), id), acceptLanguage);
    EntityTag etag = new EntityTag(id + "-" + view.state() + "-" + view.done() + "-" + view.failed(), true);
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
    if (unchanged != null) {
      return unchanged.tag(etag).build();
    }
    return Response.ok(view).tag(etag).build();
  }

  @GET
  @Path("{id}/zip")
  @Produces("application/zip")
  @Operation(summary = "The exported PDFs of a finished job as one ZIP", description = "With manifest.json listing"
      + " every item (file and SHA-256, or why it was not exported). The ETag is the SHA-256 of the manifest.")
  @APIResponse(responseCode = "200", description = "The ZIP")
  @APIResponse(responseCode = "409", description = "The job is still running", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response zip(@PathParam("id") long id) {
    ExportJob job = jobs.find(me.get(), id);
    if (job.state() != ExportJobState.DONE) {
      throw new ProblemException(409, "exportRunning", Map.of("id", id), "Export " + id + " is still running");
    }
    List<ExportItem> items = jobs.items(id);
    byte[] manifest = manifest(job, items);
    EntityTag etag = new EntityTag(PdfExports.sha256(manifest));
    Response.ResponseBuilder unchanged = request.evaluatePreconditions(etag);
    if (unchanged != null) {
      return unchanged.tag(etag).build();
    }
    StreamingOutput zip = out -> {
      try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
        // One PDF in memory at a time, read from the database as it is written out.
        for (ExportItem item : items) {
          if (item.state() == ExportItemState.DONE) {
            entry(z, item.filename(), jobs.file(item.id()));
          }
        }
        entry(z, "manifest.json", manifest);
      }
    };
    return Response.ok(zip, "application/zip")
        .tag(etag)
        .header("Content-Disposition", "attachment; filename=\"factdesk-export-" + id + ".zip\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }

  private static void entry(ZipOutputStream z, String name, byte[] bytes) throws java.io.IOException {
    ZipEntry e = new ZipEntry(name);
    e.setTimeLocal(ENTRY_TIME);
    z.putNextEntry(e);
    z.write(bytes);
    z.closeEntry();
  }

  private static byte[] manifest(ExportJob job, List<ExportItem> items) {
    var list = Json.createArrayBuilder();
    for (ExportItem i : items) {
      var o = Json.createObjectBuilder().add("article", i.articleId()).add("state", i.state().name());
      if (i.language() != null) o.add("language", i.language());
      if (i.state() == ExportItemState.DONE) {
        o.add("file", i.filename()).add("revision", i.revision()).add("sha256", i.sha256());
      } else if (i.errorCode() != null) {
        o.add("error", i.errorCode()).add("detail", i.errorDetail());
      }
      list.add(o);
    }
    return Json.createObjectBuilder().add("export", job.id()).add("items", list).build().toString()
        .getBytes(StandardCharsets.UTF_8);
  }

  private ExportJobView view(ExportJob job, String acceptLanguage) {
    Localizer.Texts messages = localizer.messages(acceptLanguage);
    List<ExportItem> items = jobs.items(job.id());
    long done = items.stream().filter(i -> i.state() == ExportItemState.DONE).count();
    long failed = items.stream().filter(i -> i.state() == ExportItemState.FAILED).count();
    List<ExportItemView> views = items.stream().map(i -> new ExportItemView(i.articleId(), i.language(),
        i.state().name(), i.revision(), i.filename(), i.sha256(), i.size(), i.attempts(),
        i.errorCode() == null ? null : new ItemError(i.errorCode(), Localizer.text(messages,
            "problem." + i.errorCode() + ".detail", args(i.errorArgs()), i.errorDetail())))).toList();
    String zip = job.state() == ExportJobState.DONE
        ? uri.getBaseUriBuilder().path("exports").path(String.valueOf(job.id())).path("zip").build().toString()
        : null;
    return new ExportJobView(job.id(), job.state().name(), job.createdBy(), job.createdAt(), job.finishedAt(),
        job.total(), done, failed, items.size() - done - failed, zip, views);
  }

  private static Map<String, Object> args(String json) {
    Map<String, Object> args = new LinkedHashMap<>();
    if (json != null && !json.isBlank()) {
      try (var reader = Json.createReader(new StringReader(json))) {
        JsonObject o = reader.readObject();
        o.forEach((k, v) -> args.put(k, o.getString(k, v.toString())));
      }
    }
    return args;
  }
}
