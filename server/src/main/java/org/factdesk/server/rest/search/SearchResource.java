package org.factdesk.server.rest.search;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.rest.support.Params;
import org.factdesk.server.search.IndexFollower;
import org.factdesk.server.search.SearchService;
import org.factdesk.server.search.SearchService.Criteria;
import org.factdesk.server.search.SearchService.Hit;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.common.ForbiddenException;
import org.factdesk.workflow.user.Role;

@Path("search")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search", description = "Articles, claims and sources in every language")
@APIResponse(responseCode = "400", description = "Malformed query", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = "Not logged in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SearchResource {
  @Inject SearchService search;
  @Inject IndexFollower follower;
  @Inject CurrentActor me;

  /**
   * A page of hits and the facet counts (type, lang, state, verdict) of all hits; {@code totalExact}
   * false: at least {@code total} hits, and the facets count the first {@code total} of them.
   */
  public record SearchView(List<Hit> items, int page, int size, long total, boolean totalExact,
      Map<String, Map<String, Integer>> facets) {}

  @GET
  @Operation(summary = "Search", description = "q in Lucene's classic syntax (words must all match; \"phrases\","
      + " OR, -not, prefix*), folded for case and diacritics in every script; empty q lists everything. Filters:"
      + " type (article, claim, source), lang, state (the article's), verdict. Only what the caller may read.")
  public SearchView search(@QueryParam("q") String q, @QueryParam("type") String type, @QueryParam("lang") String lang,
      @QueryParam("state") String state, @QueryParam("verdict") String verdict, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    var r = search.search(me.get(), new Criteria(q, type, lang, state, verdict), Params.page(page, size));
    return new SearchView(r.page().items(), r.page().page(), r.page().size(), r.page().total(), r.totalExact(),
        r.facets());
  }

  @GET
  @Path("status")
  @Operation(summary = "This instance's index: the last change log row applied, documents, rebuild due (admins)")
  public IndexFollower.Status status() {
    requireAdmin("read the search index status");
    return follower.status();
  }

  @POST
  @Path("rebuild")
  @Operation(summary = "Rebuild this instance's index from the database (admins)", description = "Answers at once;"
      + " the status says when it is done. Searches see the old index until then.")
  @APIResponse(responseCode = "202", description = "Rebuild requested")
  @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response rebuild() {
    requireAdmin("rebuild the search index");
    follower.requestRebuild();
    return Response.accepted(follower.status()).build();
  }

  private void requireAdmin(String action) {
    if (!me.get().has(Role.ADMIN)) {
      throw new ForbiddenException(action, "only admins may");
    }
  }
}
