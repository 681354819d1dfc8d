package org.factdesk.server.rest.claim;

import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.problem.Problem;
import org.factdesk.workflow.claim.Verdict;
import org.factdesk.workflow.source.Stance;

/** The words of fact-checking that clients offer as choices, so that none keeps its own copy of the lists. */
@Path("claims/vocabulary")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Claims")
public class ClaimVocabularyResource {
  /** A verdict, and whether a claim resolved with it needs a cited source before its article leaves fact-check. */
  public record VerdictChoice(String name, boolean needsCitation) {}

  /** The verdicts in their order on the scale (true to false, then the rest), and the stances a citation takes. */
  public record ClaimVocabularyView(List<VerdictChoice> verdicts, List<String> stances) {}

  private static final ClaimVocabularyView VOCABULARY = new ClaimVocabularyView(
      Arrays.stream(Verdict.values()).map(v -> new VerdictChoice(v.name(), v.needsCitation())).toList(),
      Arrays.stream(Stance.values()).map(Stance::name).toList());

  @GET
  @Operation(summary = "The verdicts and stances", description = "Verdicts in scale order, each with whether it"
      + " needs a citation; the stances of a citation. Names only: clients word them in their own language.")
  @APIResponse(responseCode = "200", description = "The vocabulary", content = @Content(
      mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ClaimVocabularyView.class)))
  @APIResponse(responseCode = "401", description = "Not logged in", content = @Content(mediaType = Problem.MEDIA_TYPE,
      schema = @Schema(implementation = Problem.class)))
  public ClaimVocabularyView vocabulary() {
    return VOCABULARY;
  }
}
