package org.factdesk.server.rest.translation;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.i18n.TextInput;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.rest.article.ArticleViews.PageView;
import org.factdesk.server.rest.support.BodyLimits;
import org.factdesk.server.rest.support.IfMatch;
import org.factdesk.server.rest.support.OptionalJsonBody;
import org.factdesk.server.rest.support.Params;
import org.factdesk.server.rest.translation.TranslationRequests.ApproveRequest;
import org.factdesk.server.rest.translation.TranslationRequests.ReviewRequest;
import org.factdesk.server.rest.translation.TranslationRequests.SaveTranslationRequest;
import org.factdesk.server.rest.translation.TranslationViews.StaleView;
import org.factdesk.server.rest.translation.TranslationViews.TranslationRevisionView;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.translation.ChangedTask;
import org.factdesk.workflow.translation.MarkedSpan;
import org.factdesk.workflow.translation.TranslationQueries;
import org.factdesk.workflow.translation.TranslationRevision;
import org.factdesk.workflow.translation.TranslationService;
import org.factdesk.workflow.translation.TranslationTask;
import org.factdesk.workflow.translation.Workspace;
import org.factdesk.workflow.translation.XliffService;
import org.factdesk.workflow.user.Actor;

@Path("translations/{id}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Translations", description = "Per-language versions of an article that stay in step with the source")
@APIResponse(responseCode = "403", description = "Not your task or language, or not an editor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such translation (or not visible to you)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Not possible in the translation's state", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "412", description = "If-Match is not the current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class TranslationResource {
  public static final String XLIFF = "application/xliff+xml";

  @Inject TranslationService translations;
  @Inject TranslationQueries queries;
  @Inject XliffService xliffFiles;
  @Inject TranslationAssembler assembler;
  @Inject CurrentActor me;

  @GET
  @Operation(summary = "The translation beside its source", description = "Current source blocks side by side with"
      + " the target blocks, directions (dir) per language, per-block approval and, when stale, a word diff of each"
      + " changed source block. ETag is the task's version.")
  public Response get(@PathParam("id") long id) {
    Actor actor = me.get();
    Workspace w = queries.workspace(actor, id);
    return Response.ok(assembler.workspace(actor, w)).tag(etag(w.task())).build();
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Save a draft", description = "{title, blocks: [one text per source block, in order],"
      + " spans: [{block, start, end}] (optional, code points)} with If-Match, or with base instead: the"
      + " translation revision the edit started from (0 before the first save). With base, what others saved"
      + " since is merged in block by block (the title is block 0); a block both changed differently answers 409"
      + " mergeConflict with base, theirs and mine per block in reasons, and stores nothing. Makes a stale"
      + " translation current; unchanged approved blocks keep their approval.")
  @APIResponse(responseCode = "409", description = "A block changed on both sides, or not open for drafts", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "200", description = "Saved")
  @APIResponse(responseCode = "400", description = "Wrong number of blocks or bad text", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response save(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
      SaveTranslationRequest request) {
    Actor actor = me.get();
    SaveTranslationRequest body = request == null ? new SaveTranslationRequest(null, null, null) : request;
    List<MarkedSpan> spans = body.spans() == null ? null : body.spans().stream()
        .map(s -> new MarkedSpan(s.block() == null ? -1 : s.block(), s.start() == null ? -1 : s.start(),
            s.end() == null ? -1 : s.end()))
        .toList();
    if (body.base() != null) {
      if (ifMatch != null) {
        throw new ValidationException("base", "baseOrIfMatch", Map.of(), "send either If-Match or base, not both");
      }
      return ok(translations.saveMerged(actor, id, body.base(), body.title(), body.blocks(), spans));
    }
    long expected = IfMatch.expectedVersion(ifMatch, () -> queries.find(actor, id).version());
    return ok(translations.saveDraft(actor, id, expected, body.title(), body.blocks(), spans));
  }

  @POST
  @Path("submit")
  @Operation(summary = "Submit for review (the translator)", description = "Every block and the title translated,"
      + " and current. If-Match optional.")
  @APIResponse(responseCode = "422", description = "Untranslated blocks", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response submit(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch) {
    Actor actor = me.get();
    return ok(translations.submit(actor, id, optionalVersion(actor, id, ifMatch)));
  }

  @POST
  @Path("approve")
  @Operation(summary = "Approve a submitted, current translation (editors)", description = "By an editor who"
      + " neither saved nor submitted it (403 otherwise). Each block must carry the figures (numbers, percentages,"
      + " years, months) of the claims in its source block as the same values, in any digits: otherwise 409"
      + " `translationFigureMismatch`, with each mismatch in `reasons` (codes `figureMismatch`, `figureMissing`)."
      + " An editor approves anyway with the optional body `{\"override\": \"<reason>\"}`, kept on the task"
      + " (`approvalOverride`) and in the audit trail. If-Match optional.")
  @RequestBody(required = false, content = @Content(mediaType = MediaType.APPLICATION_JSON,
      schema = @Schema(implementation = ApproveRequest.class)))
  public Response approve(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
      @Parameter(hidden = true) InputStream body) {
    Actor actor = me.get();
    ApproveRequest request = OptionalJsonBody.read(body, ApproveRequest.class);
    return ok(translations.approve(actor, id, optionalVersion(actor, id, ifMatch),
        request == null ? null : request.override()));
  }

  @POST
  @Path("changes")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Request changes to a submitted translation (editors)", description = "{comment} is required.")
  public Response requestChanges(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
      ReviewRequest request) {
    Actor actor = me.get();
    return ok(translations.requestChanges(actor, id, optionalVersion(actor, id, ifMatch),
        request == null ? null : request.comment()));
  }

  @GET
  @Path("stale")
  @Operation(summary = "What changed in the source", description = "The source blocks that changed since the"
      + " translation's revision, each with a word diff; empty when current.")
  public StaleView stale(@PathParam("id") long id) {
    Actor actor = me.get();
    Workspace w = queries.workspace(actor, id);
    return new StaleView(id, w.task().stale(), w.task().basedOnRevision(), w.source().number(),
        assembler.pairs(actor, w, w.rows().stream().filter(Workspace.Row::changed).toList()));
  }

  @GET
  @Path("revisions")
  @Operation(summary = "Saved translation revisions, newest first")
  public PageView<TranslationRevisionView> revisions(@PathParam("id") long id, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Page<TranslationRevision> p = queries.revisions(me.get(), id, Params.page(page, size));
    return new PageView<>(p.items().stream().map(r -> new TranslationRevisionView(r.number(), r.basedOnRevision(),
        r.title(), r.author(), r.createdAt(), r.sha256(), r.blocks())).toList(), p.page(), p.size(), p.total());
  }

  @GET
  @Path("xliff")
  @Produces(XLIFF)
  @Operation(summary = "Export as XLIFF 2.1", description = "One unit per block (plus the title): source, current"
      + " target, state; task and source revision in <file original>, notes for block kinds, changes, editors.")
  public Response exportXliff(@PathParam("id") long id) {
    Actor actor = me.get();
    byte[] xliff = xliffFiles.exportXliff(actor, id);
    return Response.ok(xliff, XLIFF + ";charset=UTF-8")
        .header("Content-Disposition", "attachment; filename=\"translation-" + id + ".xlf\"")
        .tag(etag(queries.find(actor, id)))
        .build();
  }

  @PUT
  @Path("xliff")
  @Consumes({XLIFF, MediaType.APPLICATION_XML, MediaType.TEXT_XML})
  @Operation(summary = "Import XLIFF 2.x", description = "Saves the targets as a new draft. The file must be"
      + " well-formed XLIFF 2.x of this task and the current source revision, in the task's languages, with known,"
      + " unique units; otherwise 422 lists every problem and nothing changes. If-Match optional.")
  @APIResponse(responseCode = "200", description = "Imported")
  @APIResponse(responseCode = "422", description = "The file does not fit; errors list each problem", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response importXliff(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, InputStream body)
      throws IOException {
    Actor actor = me.get();
    // Strict UTF-8 and the same size limit as every other body, before any XML parsing.
    String xml = TextInput.decodeUtf8(BodyLimits.read(body, BodyLimits.maxBytes()));
    return ok(xliffFiles.importXliff(actor, id, optionalVersion(actor, id, ifMatch), xml));
  }

  private Long optionalVersion(Actor actor, long id, String ifMatch) {
    return ifMatch == null || ifMatch.isBlank() ? null
        : IfMatch.expectedVersion(ifMatch, () -> queries.find(actor, id).version());
  }

  /** The task as the change left it, from the change's own transaction (the ETag is its version after the flush). */
  private Response ok(ChangedTask changed) {
    return Response.ok(assembler.summary(changed.task(), changed.sourceRevision())).tag(etag(changed.task())).build();
  }

  private static EntityTag etag(TranslationTask task) {
    return new EntityTag(String.valueOf(task.version()));
  }

}
