package org.factdesk.server.rest.article;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.server.problem.Localizer.Texts;
import org.factdesk.server.problem.Localizer;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.problem.ProblemException;
import org.factdesk.server.rest.article.ArticleRequests.BlockInput;
import org.factdesk.server.rest.article.ArticleRequests.CommentRequest;
import org.factdesk.server.rest.article.ArticleRequests.CreateArticleRequest;
import org.factdesk.server.rest.article.ArticleRequests.ReviseRequest;
import org.factdesk.server.rest.article.ArticleRequests.TransitionRequest;
import org.factdesk.server.rest.article.ArticleRequests.UpdateArticleRequest;
import org.factdesk.server.rest.article.ArticleViews.ArticleSummary;
import org.factdesk.server.rest.article.ArticleViews.AuditEventView;
import org.factdesk.server.rest.article.ArticleViews.CommentView;
import org.factdesk.server.rest.article.ArticleViews.CorrectionView;
import org.factdesk.server.rest.article.ArticleViews.DiffView;
import org.factdesk.server.rest.article.ArticleViews.PageView;
import org.factdesk.server.rest.article.ArticleViews.PublishedPdfView;
import org.factdesk.server.rest.article.ArticleViews.RevisionSummary;
import org.factdesk.server.rest.article.ArticleViews.RevisionView;
import org.factdesk.server.rest.article.ArticleViews.VersionView;
import org.factdesk.server.rest.support.IfMatch;
import org.factdesk.server.rest.support.Params;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleDescription;
import org.factdesk.workflow.article.ArticleDraft;
import org.factdesk.workflow.article.ArticleFilter;
import org.factdesk.workflow.article.ArticleImporter;
import org.factdesk.workflow.article.ArticleQueries;
import org.factdesk.workflow.article.ArticleReading;
import org.factdesk.workflow.article.ArticleService;
import org.factdesk.workflow.article.Block;
import org.factdesk.workflow.article.BlockKind;
import org.factdesk.workflow.article.Priority;
import org.factdesk.workflow.article.Publication;
import org.factdesk.workflow.article.Publications;
import org.factdesk.workflow.article.Revision;
import org.factdesk.workflow.article.TransitionService;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.comment.Comment;
import org.factdesk.workflow.comment.CommentService;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.editorial.ArticleState;
import org.factdesk.workflow.export.PublishedPdfs;
import org.factdesk.workflow.user.Actor;

@Path("articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Articles", description = "Articles, their revisions and their way through the editorial workflow")
@APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Not logged in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such article (or not visible to you)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ArticleResource {
  @Inject ArticleService articles;
  @Inject ArticleQueries queries;
  @Inject TransitionService transitions;
  @Inject CommentService comments;
  @Inject AuditLog audit;
  @Inject ArticleAssembler assembler;
  @Inject CurrentActor me;
  @Inject Localizer localizer;
  @Inject Publications publications;
  @Inject PublishedPdfs published;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create an article", description = "From plain text (blank lines separate paragraphs),"
      + " Markdown (format=markdown) or explicit blocks. Editors only.")
  @APIResponse(responseCode = "201", description = "Created; Location names the article")
  @APIResponse(responseCode = "403", description = "Not an editor", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response create(CreateArticleRequest request) {
    LanguageTag language = Params.language(request.language());
    String title = request.title();
    List<Block> blocks;
    if (request.blocks() != null) {
      blocks = blocks(request.blocks());
    } else if (request.text() != null) {
      if (title == null || title.isBlank()) {
        // JSON clients name the title; inferring it from the text is what /articles/import does.
        throw new ValidationException("title", "required", Map.of(), "a title is required");
      }
      ArticleImporter.Imported imported = imported(request.text(), request.format(), title);
      blocks = imported.blocks();
      title = imported.title();
    } else {
      blocks = List.of();
    }
    ArticleDraft draft = new ArticleDraft(title, language, blocks, request.desk(),
        Params.dateTime("deadline", request.deadline()), Params.enumValue("priority", request.priority(), Priority.class),
        request.note());
    Article article = articles.create(me.get(), draft);
    return created(article);
  }

  @POST
  @Path("import")
  @Consumes({MediaType.TEXT_PLAIN, "text/markdown"})
  @Operation(summary = "Import an article from plain text or Markdown", description = "The first line becomes the"
      + " title unless ?title= is given; a leading site name and a repeated title are dropped.")
  @APIResponse(responseCode = "201", description = "Created")
  public Response importText(String text, @QueryParam("language") String language, @QueryParam("title") String title,
      @QueryParam("desk") String desk) {
    boolean markdown = headers.getMediaType() != null && headers.getMediaType().getSubtype().equals("markdown");
    ArticleImporter.Imported imported = imported(text, markdown ? "markdown" : "text", title);
    Article article = articles.create(me.get(), new ArticleDraft(imported.title(), Params.language(language),
        imported.blocks(), desk, null, Priority.NORMAL, "Imported from " + (markdown ? "Markdown" : "plain text")));
    return created(article);
  }

  @GET
  @Operation(summary = "List articles", description = "Editors see all; others the articles they are assigned to."
      + " q matches the title, or the id when it is a number (42 or #42); author is a user name; dueBefore an"
      + " ISO date-time (deadline before it); sort UPDATED (most recently changed first, the default), CREATED"
      + " (newest first), DEADLINE (soonest first, none last) or TITLE.")
  public PageView<ArticleSummary> list(@QueryParam("state") String state, @QueryParam("language") String language,
      @QueryParam("desk") String desk, @QueryParam("q") String q, @QueryParam("author") String author,
      @QueryParam("dueBefore") String dueBefore, @QueryParam("sort") String sort, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    LanguageTag lang = Params.optionalLanguage(language);
    ArticleFilter.Sort order = Params.enumValue("sort", sort, ArticleFilter.Sort.class);
    ArticleFilter filter = new ArticleFilter(Params.enumValue("state", state, ArticleState.class),
        lang == null ? null : lang.value(), desk, q, author == null || author.isBlank() ? null : author.strip(),
        Params.dateTime("dueBefore", dueBefore), order == null ? ArticleFilter.Sort.UPDATED : order);
    return ArticleAssembler.page(queries.list(me.get(), filter, Params.page(page, size)), ArticleAssembler::summary);
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read an article", description = "With its current revision, assignments, and the moves"
      + " you may make (allowedTransitions) with what blocks them. ETag is the article's version.")
  public Response get(@PathParam("id") long id) {
    Actor actor = me.get();
    Article article = queries.find(actor, id);
    return Response.ok(assembler.view(actor, article, messages())).tag(etag(article)).build();
  }

  @PATCH
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change title, desk, deadline or priority", description = "Requires If-Match.")
  @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response update(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
      UpdateArticleRequest request) {
    Actor actor = me.get();
    long expected = IfMatch.expectedVersion(ifMatch, () -> queries.find(actor, id).version());
    articles.describe(actor, id, expected, new ArticleDescription(request.title(), request.desk(),
        Params.dateTime("deadline", request.deadline()), Params.enumValue("priority", request.priority(), Priority.class)));
    Article article = queries.find(actor, id);
    return Response.ok(assembler.view(actor, article, messages())).tag(etag(article)).build();
  }

  @POST
  @Path("{id}/transitions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Move the article through the workflow", description = "Requires If-Match. 409 lists every"
      + " reason a guard blocks the move; 403 when this move is not yours to make; 400 when the move needs a"
      + " `comment` (starting a correction: APPROVED -> CORRECTION) or a public `note` (re-approving a correction:"
      + " CORRECTION -> APPROVED; withdrawing a published article) and it is missing. `needs` on each allowed"
      + " transition says which.")
  @APIResponse(responseCode = "200", description = "Moved; the article as it is now")
  @APIResponse(responseCode = "403", description = "Not allowed for you", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "Illegal move or blocked by guards (see reasons)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "412", description = "Stale If-Match", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response transition(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch,
      TransitionRequest request) {
    Actor actor = me.get();
    ArticleState to = Params.requiredEnum("to", request.to(), ArticleState.class);
    long expected = IfMatch.expectedVersion(ifMatch, () -> queries.find(actor, id).version());
    // The moved article and its view as the move's transaction left them: flushed, so its version is
    // the new ETag, and every field the move sets comes from the clock (microseconds, UTC), as
    // PostgreSQL stores it.
    ArticleReading moved = transitions.transition(actor, id, expected, to, request.comment(), request.note());
    return Response.ok(assembler.view(moved, messages())).tag(etag(moved.article())).build();
  }

  @GET
  @Path("{id}/revisions")
  @Operation(summary = "Revision history, newest first")
  public PageView<RevisionSummary> revisions(@PathParam("id") long id, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return ArticleAssembler.page(queries.revisions(me.get(), id, Params.page(page, size)),
        ArticleAssembler::revisionSummary);
  }

  @POST
  @Path("{id}/revisions")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Edit the text: stores a new immutable revision", description = "Editors only. Either"
      + " If-Match (the article's ETag: refused with 412 if anything changed since), or base, the revision number"
      + " the edit started from: what others saved since is merged in block by block and audited as a merge; a"
      + " block both changed differently answers 409 mergeConflict with base, theirs and mine per block in"
      + " reasons, and stores nothing. Text identical to the current revision stores nothing and answers 200.")
  @APIResponse(responseCode = "201", description = "New revision stored (merged, if base was older than current)")
  @APIResponse(responseCode = "200", description = "Nothing changed")
  @APIResponse(responseCode = "409", description = "Not editable in this state, or a block changed on both sides",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response revise(@PathParam("id") long id, @HeaderParam("If-Match") String ifMatch, ReviseRequest request) {
    Actor actor = me.get();
    List<Block> blocks;
    if (request.blocks() != null) {
      blocks = blocks(request.blocks());
    } else if (request.text() != null) {
      blocks = "markdown".equalsIgnoreCase(request.format())
          ? ArticleImporter.markdown(request.text(), "-").blocks()
          : ArticleImporter.paragraphs(request.text());
    } else {
      throw new ValidationException("blocks", "required", Map.of(), "send the new text as blocks or text");
    }
    int before = queries.find(actor, id).currentRevision();
    Revision revision;
    if (request.base() == null) {
      long expected = IfMatch.expectedVersion(ifMatch, () -> queries.find(actor, id).version());
      revision = articles.revise(actor, id, expected, blocks, request.note());
    } else if (ifMatch != null) {
      // Two preconditions that disagree on purpose (refuse if changed / merge if changed): the client means one.
      throw new ValidationException("base", "baseOrIfMatch", Map.of(), "send either If-Match or base, not both");
    } else {
      revision = articles.merge(actor, id, request.base(), blocks, request.note());
    }
    Article article = queries.find(actor, id);
    Response.ResponseBuilder response = revision.number() == before ? Response.ok()
        : Response.created(uri.getBaseUriBuilder().path("articles/{id}/revisions/{n}").build(id, revision.number()));
    return response.entity(ArticleAssembler.revision(revision)).tag(etag(article)).build();
  }

  @GET
  @Path("{id}/revisions/{number}")
  @Operation(summary = "One revision with its blocks and SHA-256")
  public RevisionView revision(@PathParam("id") long id, @PathParam("number") int number) {
    return ArticleAssembler.revision(queries.revision(me.get(), id, number));
  }

  @GET
  @Path("{id}/corrections")
  @Operation(summary = "Corrections published after approval, oldest first", description = "Each correction"
      + " re-approved with its public note (and a withdrawal of the published article, kind WITHDRAWAL), the"
      + " revision it published and the blocks it changed against the version published before.")
  public List<CorrectionView> corrections(@PathParam("id") long id) {
    return publications.of(me.get(), id).stream().filter(p -> p.kind() != Publication.Kind.APPROVAL)
        .map(p -> new CorrectionView(p.kind().name(), p.revision(), p.previousRevision(), p.publishedAt(),
            p.publishedBy(), p.note(), p.changedBlocks()))
        .toList();
  }

  @GET
  @Path("{id}/versions")
  @Operation(summary = "Every approved version with its PDFs as published", description = "Oldest first; each PDF"
      + " link gives the bytes readers got then (GET /api/articles/{id}/pdf?lang=…&revision=N).")
  public List<VersionView> versions(@PathParam("id") long id) {
    List<Publication> history = publications.of(me.get(), id);
    var pdfs = published.list(id);
    return history.stream().filter(p -> p.kind() != Publication.Kind.WITHDRAWAL)
        .map(p -> new VersionView(p.revision(), p.kind().name(), p.publishedAt(), p.publishedBy(), p.note(),
            p.changedBlocks(), pdfs.stream().filter(f -> f.revision() == p.revision())
                .map(f -> new PublishedPdfView(f.language(), f.sha256(), f.filename(),
                    "/api/articles/" + id + "/pdf?lang=" + f.language() + "&revision=" + f.revision()))
                .toList()))
        .toList();
  }

  @GET
  @Path("{id}/diff")
  @Operation(summary = "Word-level differences between two revisions")
  public DiffView diff(@PathParam("id") long id, @QueryParam("from") Integer from, @QueryParam("to") Integer to) {
    Actor actor = me.get();
    Article article = queries.find(actor, id);
    int right = to == null ? article.currentRevision() : to;
    int left = from == null ? Math.max(1, right - 1) : from;
    return ArticleAssembler.diff(queries.diff(actor, id, left, right));
  }

  @GET
  @Path("{id}/comments")
  @Operation(summary = "Comments on the article, oldest first; ?revision= for one revision's")
  public PageView<CommentView> comments(@PathParam("id") long id, @QueryParam("revision") Integer revision,
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return ArticleAssembler.page(comments.list(me.get(), id, revision, Params.page(page, size)),
        ArticleAssembler::comment);
  }

  @POST
  @Path("{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Comment on the article, or on one revision")
  @APIResponse(responseCode = "201", description = "Comment added")
  public Response comment(@PathParam("id") long id, CommentRequest request) {
    Comment c = comments.add(me.get(), id, request.revision(), request.body());
    return Response.created(uri.getBaseUriBuilder().path("articles/{id}/comments").build(id))
        .entity(ArticleAssembler.comment(c)).build();
  }

  @GET
  @Path("{id}/revisions/{number}/comments")
  @Operation(summary = "Comments on one revision")
  public PageView<CommentView> revisionComments(@PathParam("id") long id, @PathParam("number") int number,
      @QueryParam("page") Integer page, @QueryParam("size") Integer size) {
    return comments(id, number, page, size);
  }

  @POST
  @Path("{id}/revisions/{number}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Comment on one revision")
  public Response commentOnRevision(@PathParam("id") long id, @PathParam("number") int number,
      CommentRequest request) {
    return comment(id, new CommentRequest(request.body(), number));
  }

  @GET
  @Path("{id}/audit")
  @Operation(summary = "The article's audit trail, oldest first")
  public PageView<AuditEventView> audit(@PathParam("id") long id, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Article article = queries.find(me.get(), id);
    return ArticleAssembler.page(audit.forArticle(article.id(), Params.page(page, size == null ? 100 : size)),
        ArticleAssembler::audit);
  }

  private Response created(Article article) {
    Actor actor = me.get();
    Article stored = queries.find(actor, article.id());
    return Response.created(uri.getBaseUriBuilder().path("articles/{id}").build(stored.id()))
        .entity(assembler.view(actor, stored, messages()))
        .tag(etag(stored))
        .build();
  }

  private static ArticleImporter.Imported imported(String text, String format, String title) {
    if (format == null || format.equalsIgnoreCase("text") || format.equalsIgnoreCase("plain")) {
      return ArticleImporter.plainText(text, title);
    }
    if (format.equalsIgnoreCase("markdown")) {
      return ArticleImporter.markdown(text, title);
    }
    throw new ValidationException("format", "oneOf", Map.of("allowed", "[text, markdown]"),
        "\"" + format + "\" is not one of [text, markdown]");
  }

  private static List<Block> blocks(List<BlockInput> input) {
    return input.stream().map(b -> {
      if (b == null) {
        throw ProblemException.badRequest("badJson", Map.of("reason", "null block"), "A block cannot be null");
      }
      BlockKind kind = b.kind() == null ? BlockKind.PARAGRAPH : Params.requiredEnum("kind", b.kind(), BlockKind.class);
      return new Block(kind, b.text() == null ? "" : b.text());
    }).toList();
  }

  private static jakarta.ws.rs.core.EntityTag etag(Article article) {
    return new jakarta.ws.rs.core.EntityTag(String.valueOf(article.version()));
  }

  private Texts messages() {
    return localizer.messages(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }
}
