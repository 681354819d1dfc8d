package org.factdesk.server.rest.claim;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleQueries;
import org.factdesk.workflow.article.Publication;
import org.factdesk.workflow.article.Publications;
import org.factdesk.workflow.claim.ClaimQueries;

@Path("articles/{id}/claimreview")
@RequestScoped
@Tag(name = "Claims")
@APIResponse(responseCode = "401", description = "Not logged in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such article (or not visible to you)", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class ClaimReviewResource {
  static final String DEFAULT_ORGANISATION = "Factdesk newsroom";

  @Inject ArticleQueries articles;
  @Inject ClaimQueries claims;
  @Inject Publications publications;
  @Inject ClaimAssembler assembler;
  @Inject CurrentActor me;

  @Inject
  @ConfigProperty(name = "FACTDESK_ORG_NAME")
  Optional<String> organisation;

  @GET
  @Produces(ClaimExports.LD_JSON)
  @Operation(summary = "schema.org ClaimReview JSON-LD", description = "An array with one ClaimReview per resolved"
      + " claim on the current revision (NOT_A_CLAIM verdicts are left out). The author is the organisation named"
      + " by FACTDESK_ORG_NAME. After a correction each review has `dateModified` and `correction` (the published"
      + " correction notes).")
  @APIResponse(responseCode = "200", description = "ClaimReview array", content = @Content(mediaType = ClaimExports.LD_JSON))
  public Response get(@PathParam("id") long id) {
    Article article = articles.find(me.get(), id);
    List<Publication> corrections = publications.of(me.get(), id).stream()
        .filter(p -> p.kind() == Publication.Kind.CORRECTION && p.note() != null).toList();
    JsonArrayBuilder out = Json.createArrayBuilder();
    assembler.load(claims.onCurrentRevision(me.get(), id)).stream()
        .filter(l -> ClaimExports.reviewable(l.claim()))
        .forEach(l -> out.add(ClaimExports.claimReview(l, article, organisation(), corrections)));
    return Response.ok(ClaimExports.embeddable(out.build()), ClaimExports.LD_JSON + "; charset=UTF-8").build();
  }

  String organisation() {
    return organisation.filter(s -> !s.isBlank()).map(String::strip).orElse(DEFAULT_ORGANISATION);
  }
}
