package org.factdesk.server.rest.claim;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.rest.article.ArticleViews.PageView;
import org.factdesk.server.rest.claim.ClaimRequests.AnchorRequest;
import org.factdesk.server.rest.claim.ClaimRequests.CitationChangeRequest;
import org.factdesk.server.rest.claim.ClaimRequests.CitationRequest;
import org.factdesk.server.rest.claim.ClaimRequests.ClaimAssignmentRequest;
import org.factdesk.server.rest.claim.ClaimRequests.ClaimCommentRequest;
import org.factdesk.server.rest.claim.ClaimRequests.RecheckConfirmationRequest;
import org.factdesk.server.rest.claim.ClaimRequests.ReopenClaimRequest;
import org.factdesk.server.rest.claim.ClaimRequests.ResolutionRequest;
import org.factdesk.server.rest.claim.ClaimViews.AnchorHistoryView;
import org.factdesk.server.rest.claim.ClaimViews.CitationView;
import org.factdesk.server.rest.claim.ClaimViews.ClaimCommentView;
import org.factdesk.server.rest.support.IfMatch;
import org.factdesk.server.rest.support.Params;
import org.factdesk.server.search.ClaimMatcher;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.article.ArticleQueries;
import org.factdesk.workflow.article.Publication;
import org.factdesk.workflow.article.Publications;
import org.factdesk.workflow.claim.AnchorService;
import org.factdesk.workflow.claim.CitationService;
import org.factdesk.workflow.claim.Claim;
import org.factdesk.workflow.claim.ClaimComment;
import org.factdesk.workflow.claim.ClaimCommentService;
import org.factdesk.workflow.claim.ClaimQueries;
import org.factdesk.workflow.claim.ClaimService;
import org.factdesk.workflow.claim.Verdict;
import org.factdesk.workflow.common.ConflictException;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.source.Citation;
import org.factdesk.workflow.source.SourceService;
import org.factdesk.workflow.source.Stance;
import org.factdesk.workflow.user.Actor;

@Path("claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
@APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Not logged in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = "Not an editor or an assigned fact-checker; flagging and verdicts: not an assigned fact-checker, or the article's author", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such claim (or not visible to you)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "409", description = "Not possible in the claim's or article's state", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "412", description = "If-Match is not the claim's current ETag", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "428", description = "If-Match missing", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ClaimResource {
  @Inject ClaimService claims;
  @Inject ClaimQueries queries;
  @Inject CitationService citations;
  @Inject AnchorService anchors;
  @Inject ClaimCommentService discussion;
  @Inject SourceService sources;
  @Inject ArticleQueries articles;
  @Inject ClaimAssembler assembler;
  @Inject Publications publications;
  @Inject CurrentActor me;
  @Inject ClaimMatcher matcher;
  @Context UriInfo uri;

  @Inject
  @ConfigProperty(name = "FACTDESK_ORG_NAME")
  Optional<String> organisation;

  @GET
  @Path("{id}/similar")
  @Operation(summary = "Earlier claims like this one, with their verdicts", description = "Resolved claims the caller"
      + " may read, best first, across languages through approved translations (search, issue 16).")
  public List<ClaimMatcher.Match> similar(@PathParam("id") long id, @QueryParam("size") Integer size) {
    return matcher.similarTo(me.get(), id, Params.page(1, size == null ? 5 : size).size());
  }

  @GET
  @Path("similar")
  @Operation(summary = "Earlier claims like a text being flagged, with their verdicts", description = "As"
      + " {id}/similar, for words not flagged yet (the flag form asks as the checker selects).")
  public List<ClaimMatcher.Match> similarToText(@QueryParam("text") String text, @QueryParam("size") Integer size) {
    return matcher.similarToText(me.get(), text, Params.page(1, size == null ? 5 : size).size());
  }

  @GET
  @Path("{id}")
  @Operation(summary = "Read a claim", description = "ETag is the claim's version; send it in If-Match to change it.")
  public Response get(@PathParam("id") long id) {
    return ok(queries.find(me.get(), id));
  }

  @POST
  @Path("{id}/assignment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Give the claim to a fact-checker", description = "IN_PROGRESS; the user must be an editor or"
      + " a fact-checker assigned to the article. Needs If-Match.")
  public Response assign(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ClaimAssignmentRequest request) {
    Actor actor = me.get();
    return ok(claims.assign(actor, id, expected(ifMatch, actor, id), request.user()));
  }

  @POST
  @Path("{id}/start")
  @Operation(summary = "Take the claim on", description = "IN_PROGRESS, assigned to you. Needs If-Match.")
  public Response start(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Actor actor = me.get();
    return ok(claims.startWork(actor, id, expected(ifMatch, actor, id)));
  }

  @POST
  @Path("{id}/resolution")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Resolve the claim with a verdict", description = "RESOLVED with the verdict (TRUE,"
      + " MOSTLY_TRUE, MIXED, MISLEADING, FALSE, UNVERIFIABLE, NOT_A_CLAIM) and a written rationale, for the quote as"
      + " it reads now (which becomes `checked`). Also how a claim in NEEDS_RECHECK gets a new verdict. Only a"
      + " fact-checker assigned to the article, never its author (403). If-Match is checked when sent. A verdict"
      + " other than NOT_A_CLAIM needs a citation before the article may leave fact-check.")
  public Response resolve(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ResolutionRequest request) {
    Actor actor = me.get();
    // Optional here: the minimum contract resolves without If-Match; a sent one is still enforced.
    Long expected = ifMatch == null || ifMatch.isBlank() ? null : expected(ifMatch, actor, id);
    Verdict verdict = Params.requiredEnum("verdict", request.verdict(), Verdict.class);
    return ok(claims.resolveClaim(actor, id, expected, verdict, request.rationale()));
  }

  @POST
  @Path("{id}/recheck/confirmation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Confirm the verdict for the changed text", description = "A claim in NEEDS_RECHECK (its"
      + " checked quote changed in a later revision) is RESOLVED again with the same verdict, the quote as it reads"
      + " now becoming what was checked; an optional `note` goes into the audit trail. Only a fact-checker assigned"
      + " to the article, never its author. 409 `claimNoRecheck` when nothing needs a re-check, `claimTextGone`"
      + " when the quote left the article. Needs If-Match.")
  public Response confirmRecheck(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      RecheckConfirmationRequest request) {
    Actor actor = me.get();
    return ok(claims.confirmRecheck(actor, id, expected(ifMatch, actor, id), request == null ? null : request.note()));
  }

  @POST
  @Path("{id}/reopening")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Reopen a resolved claim", description = "A RESOLVED or NEEDS_RECHECK claim goes back to"
      + " FLAGGED (or IN_PROGRESS if assigned), with a reason. Needs If-Match.")
  public Response reopen(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      ReopenClaimRequest request) {
    Actor actor = me.get();
    return ok(claims.reopen(actor, id, expected(ifMatch, actor, id), request.reason()));
  }

  @POST
  @Path("{id}/anchor/confirmation")
  @Operation(summary = "Confirm where re-anchoring put the claim", description = "A claim that needs review (or"
      + " moved) becomes ANCHORED where it is. Needs If-Match.")
  public Response confirmAnchor(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Actor actor = me.get();
    return ok(anchors.confirmAnchor(actor, id, expected(ifMatch, actor, id)));
  }

  @PUT
  @Path("{id}/anchor")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Anchor the claim to a new quote", description = "For an orphaned or misplaced claim: the quote"
      + " in the current revision, as when flagging. Needs If-Match.")
  @APIResponse(responseCode = "422", description = "Quote not found, or ambiguous", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response moveAnchor(@PathParam("id") long id, @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      AnchorRequest request) {
    Actor actor = me.get();
    return ok(anchors.moveAnchor(actor, id, expected(ifMatch, actor, id), request.exact(), request.prefix(),
        request.suffix()));
  }

  @POST
  @Path("{id}/citations")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Cite a source for the claim", description = "source: a registered source id; stance:"
      + " SUPPORTS, REFUTES or CONTEXT; locator: page, section, timestamp or quoted passage.")
  @APIResponse(responseCode = "201", description = "Cited")
  @APIResponse(responseCode = "422", description = "No such source", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response cite(@PathParam("id") long id, CitationRequest request) {
    if (request.source() == null) {
      throw new ValidationException("source", "required", Map.of(), "the id of a registered source");
    }
    Stance stance = Params.requiredEnum("stance", request.stance(), Stance.class);
    Actor actor = me.get();
    Citation c = citations.cite(actor, id, request.source(), stance, request.locator());
    return Response.created(uri.getBaseUriBuilder().path("claims/{id}/citations").build(id))
        .entity(ClaimAssembler.citation(c, sources.find(actor, c.sourceId())))
        .build();
  }

  @GET
  @Path("{id}/citations")
  @Operation(summary = "The claim's citations")
  public List<CitationView> citations(@PathParam("id") long id) {
    return assembler.view(queries.find(me.get(), id)).citations();
  }

  @PUT
  @Path("{id}/citations/{citationId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Correct a citation's stance or locator", description = "The source stays; to cite another"
      + " source, remove this citation and cite it. Needs the claim's ETag in If-Match; answers with the claim.")
  public Response changeCitation(@PathParam("id") long id, @PathParam("citationId") long citationId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch, CitationChangeRequest request) {
    Actor actor = me.get();
    long expected = expected(ifMatch, actor, id);
    Stance stance = Params.requiredEnum("stance", request.stance(), Stance.class);
    return ok(citations.changeCitation(actor, id, expected, citationId, stance, request.locator()));
  }

  @DELETE
  @Path("{id}/citations/{citationId}")
  @Operation(summary = "Remove a citation from the claim", description = "The audit trail keeps what it said."
      + " Needs the claim's ETag in If-Match; answers with the claim.")
  public Response removeCitation(@PathParam("id") long id, @PathParam("citationId") long citationId,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
    Actor actor = me.get();
    return ok(citations.removeCitation(actor, id, expected(ifMatch, actor, id), citationId));
  }

  @GET
  @Path("{id}/history")
  @Operation(summary = "Where the claim sat in each revision", description = "Oldest first: anchor state, selectors"
      + " and similarity (per mille) per revision.")
  public List<AnchorHistoryView> history(@PathParam("id") long id) {
    return queries.history(me.get(), id).stream().map(ClaimAssembler::history).toList();
  }

  @POST
  @Path("{id}/comments")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Comment on a claim", description = "Anyone who may read the article.")
  @APIResponse(responseCode = "201", description = "Added")
  public Response comment(@PathParam("id") long id, ClaimCommentRequest request) {
    ClaimComment c = discussion.comment(me.get(), id, request.body());
    return Response.created(uri.getBaseUriBuilder().path("claims/{id}/comments").build(id))
        .entity(ClaimAssembler.comment(c))
        .build();
  }

  @GET
  @Path("{id}/comments")
  @Operation(summary = "The claim's discussion, oldest first")
  public PageView<ClaimCommentView> comments(@PathParam("id") long id, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Page<ClaimComment> found = discussion.comments(me.get(), id, Params.page(page, size));
    return new PageView<>(found.items().stream().map(ClaimAssembler::comment).toList(), found.page(), found.size(),
        found.total());
  }

  @GET
  @Path("{id}/claimreview")
  @Produces(ClaimExports.LD_JSON)
  @Operation(summary = "schema.org ClaimReview of one resolved claim")
  @APIResponse(responseCode = "200", description = "ClaimReview", content = @Content(mediaType = ClaimExports.LD_JSON))
  public Response claimReview(@PathParam("id") long id) {
    Actor actor = me.get();
    Claim claim = queries.find(actor, id);
    if (!ClaimExports.reviewable(claim)) {
      throw new ConflictException("claimNotReviewable", Map.of("id", String.valueOf(id)),
          "Claim " + id + " has no published verdict (it is not resolved, or not a claim)");
    }
    var loaded = assembler.load(List.of(claim)).get(0);
    String org = organisation.filter(s -> !s.isBlank()).map(String::strip)
        .orElse(ClaimReviewResource.DEFAULT_ORGANISATION);
    return Response.ok(ClaimExports.embeddable(ClaimExports.claimReview(loaded, articles.find(actor, claim.articleId()),
        org, corrections(actor, claim.articleId()))),
        ClaimExports.LD_JSON + "; charset=UTF-8").build();
  }

  private long expected(String ifMatch, Actor actor, long id) {
    return IfMatch.expectedVersion(ifMatch, () -> queries.find(actor, id).version());
  }

  private Response ok(Claim claim) {
    return Response.ok(assembler.view(claim)).tag(new EntityTag(String.valueOf(claim.version()))).build();
  }

  private List<Publication> corrections(Actor actor, long articleId) {
    return publications.of(actor, articleId).stream()
        .filter(p -> p.kind() == Publication.Kind.CORRECTION && p.note() != null).toList();
  }
}
