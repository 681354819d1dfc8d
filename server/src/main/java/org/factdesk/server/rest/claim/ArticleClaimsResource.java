package org.factdesk.server.rest.claim;

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
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.rest.article.ArticleViews.PageView;
import org.factdesk.server.rest.claim.ClaimRequests.FlagClaimRequest;
import org.factdesk.server.rest.claim.ClaimViews.ClaimSummaryView;
import org.factdesk.server.rest.claim.ClaimViews.ClaimView;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.claim.Claim;
import org.factdesk.workflow.claim.ClaimQueries;
import org.factdesk.workflow.claim.ClaimService;
import org.factdesk.workflow.common.Page;

@Path("articles/{id}/claims")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims", description = "Claims anchored in an article's text, their verdicts and citations")
@APIResponse(responseCode = "400", description = "Malformed request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Not logged in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such article (or not visible to you)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ArticleClaimsResource {
  /** Claims per page unless asked otherwise: a whole article's claims usually fit in one. */
  static final int DEFAULT_PAGE_SIZE = 100;

  @Inject ClaimService claims;
  @Inject ClaimQueries queries;
  @Inject ClaimAssembler assembler;
  @Inject CurrentActor me;
  @Context UriInfo uri;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Flag a claim", description = "Anchors the exact quote in the current revision. A quote that"
      + " occurs more than once needs a prefix or suffix (the 422 lists every occurrence). Editors and the article's"
      + " fact-checkers.")
  @APIResponse(responseCode = "201", description = "Flagged; Location names the claim, ETag is its version")
  @APIResponse(responseCode = "403", description = "Not an editor or an assigned fact-checker", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "409", description = "The article is closed for claims (approved, withdrawn, archived)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "422", description = "Quote not found, or ambiguous", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response flag(@PathParam("id") long id, FlagClaimRequest request) {
    Claim claim = claims.flagClaim(me.get(), id, request.exact(), request.prefix(), request.suffix(), request.reason());
    return Response.created(uri.getBaseUriBuilder().path("claims/{id}").build(claim.id()))
        .entity(ClaimAssembler.flagged(claim))
        .tag(new EntityTag(String.valueOf(claim.version())))
        .build();
  }

  @GET
  @Operation(summary = "List an article's claims", description = "In text order, orphaned claims last; each with"
      + " status, verdict, selectors (quote with context; block and code point offsets) and citations.")
  public PageView<ClaimView> list(@PathParam("id") long id, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Page<Claim> found = queries.list(me.get(), id, new Page.Request(page == null ? 1 : page,
        size == null ? DEFAULT_PAGE_SIZE : size));
    return new PageView<>(assembler.views(found.items()), found.page(), found.size(), found.total());
  }

  @GET
  @Path("summary")
  @Operation(summary = "Fact-check summary", description = "Counts by status, verdict and anchor state on the"
      + " current revision, and every claim that keeps the article in fact-check, with why.")
  public ClaimSummaryView summary(@PathParam("id") long id) {
    return ClaimAssembler.summary(id, queries.summary(me.get(), id));
  }

  @GET
  @Path("export.csv")
  @Produces("text/csv")
  @Operation(summary = "Claims and citations as CSV", description = "One row per citation (claims without one get"
      + " one row). Cells that a spreadsheet would read as a formula are prefixed with an apostrophe.")
  public Response csv(@PathParam("id") long id) {
    String body = ClaimExports.csv(assembler.load(queries.onCurrentRevision(me.get(), id)));
    return Response.ok(body, ClaimExports.CSV)
        .header("Content-Disposition", "attachment; filename=\"article-" + id + "-claims.csv\"")
        .header("X-Content-Type-Options", "nosniff")
        .build();
  }
}
