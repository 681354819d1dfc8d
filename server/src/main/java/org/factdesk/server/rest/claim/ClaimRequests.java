package org.factdesk.server.rest.claim;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.workflow.claim.Anchoring;
import org.factdesk.workflow.claim.CitationService;
import org.factdesk.workflow.claim.ClaimCommentService;
import org.factdesk.workflow.claim.ClaimService;

/**
 * Request bodies of the claim resources; enums arrive as strings and are checked by Params. Lengths in
 * {@code @Schema} are the services' limits in code points (the web interface reads them from here).
 */
public final class ClaimRequests {
  private ClaimRequests() {}

  /** The most context around a quote a request may carry (TextQuote keeps {@link Anchoring#CONTEXT}). */
  static final int MAX_CONTEXT = Anchoring.CONTEXT * 4;

  /** A quote on the article's current revision, with optional context to tell occurrences apart. */
  public record FlagClaimRequest(@Schema(required = true, maxLength = ClaimService.MAX_QUOTE) String exact,
      @Schema(maxLength = MAX_CONTEXT) String prefix, @Schema(maxLength = MAX_CONTEXT) String suffix,
      @Schema(required = true, maxLength = ClaimService.MAX_REASON) String reason) {}

  public record ResolutionRequest(@Schema(required = true) String verdict,
      @Schema(required = true, maxLength = ClaimService.MAX_RATIONALE) String rationale) {}

  /** {@code source}: the id of a registered source. */
  public record CitationRequest(@Schema(required = true) Long source, @Schema(required = true) String stance,
      @Schema(maxLength = CitationService.MAX_LOCATOR) String locator) {}

  /** A correction of a citation: its stance and locator (the source cannot change). */
  public record CitationChangeRequest(@Schema(required = true) String stance, @Schema(maxLength = CitationService.MAX_LOCATOR) String locator) {}

  public record ClaimAssignmentRequest(@Schema(required = true) String user) {}

  public record ReopenClaimRequest(@Schema(required = true, maxLength = ClaimService.MAX_REASON) String reason) {}

  /** {@code note}: optional, why the verdict stands for the changed text (kept in the audit trail). */
  public record RecheckConfirmationRequest(@Schema(maxLength = ClaimService.MAX_RATIONALE) String note) {}

  public record AnchorRequest(@Schema(required = true, maxLength = ClaimService.MAX_QUOTE) String exact,
      @Schema(maxLength = MAX_CONTEXT) String prefix, @Schema(maxLength = MAX_CONTEXT) String suffix) {}

  public record ClaimCommentRequest(@Schema(required = true, maxLength = ClaimCommentService.MAX_COMMENT) String body) {}

  public record AcceptSuggestionRequest(@Schema(maxLength = ClaimService.MAX_REASON) String reason) {}
}
