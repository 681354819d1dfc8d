package org.factdesk.server.rest.claim;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.rest.claim.ClaimRequests.AcceptSuggestionRequest;
import org.factdesk.server.rest.claim.ClaimViews.SuggestionView;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.claim.Claim;
import org.factdesk.workflow.claim.SuggestionService;

@Path("articles/{id}/suggestions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
@APIResponse(responseCode = "401", description = "Not logged in", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "404", description = "No such article or suggestion", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
public class SuggestionResource {
  @Inject SuggestionService suggestions;
  @Inject CurrentActor me;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "Check-worthy sentences", description = "Sentences of the current revision ranked by"
      + " check-worthiness, with the features that fired; dismissed sentences and sentences already claimed are left"
      + " out. At most 50.")
  public List<SuggestionView> list(@PathParam("id") long id) {
    return suggestions.suggest(me.get(), id).stream().map(ClaimAssembler::suggestion).toList();
  }

  @POST
  @Path("{suggestion}/acceptance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Accept a suggestion", description = "Flags the sentence as a claim. Body optional:"
      + " {\"reason\"}.")
  @APIResponse(responseCode = "201", description = "The new claim")
  @APIResponse(responseCode = "403", description = "Not an editor or an assigned fact-checker", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response accept(@PathParam("id") long id, @PathParam("suggestion") String suggestion,
      AcceptSuggestionRequest request) {
    Claim claim = suggestions.accept(me.get(), id, suggestion, request == null ? null : request.reason());
    return Response.created(uri.getBaseUriBuilder().path("claims/{id}").build(claim.id()))
        .entity(ClaimAssembler.flagged(claim))
        .tag(new EntityTag(String.valueOf(claim.version())))
        .build();
  }

  @POST
  @Path("{suggestion}/dismissal")
  @Operation(summary = "Dismiss a suggestion", description = "Remembered for this article and sentence.")
  @APIResponse(responseCode = "204", description = "Dismissed")
  @APIResponse(responseCode = "403", description = "Not an editor or an assigned fact-checker", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response dismiss(@PathParam("id") long id, @PathParam("suggestion") String suggestion) {
    suggestions.dismiss(me.get(), id, suggestion);
    return Response.noContent().build();
  }
}
