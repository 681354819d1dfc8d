package org.factdesk.server.rest.claim;

/** Request bodies of the claim resources; enums arrive as strings and are checked by Params. */
public final class ClaimRequests {
  private ClaimRequests() {}

  /** A quote on the article's current revision, with optional context to tell occurrences apart. */
  public record FlagClaimRequest(String exact, String prefix, String suffix, String reason) {}

  public record ResolutionRequest(String verdict, String rationale) {}

  /** {@code source}: the id of a registered source. */
  public record CitationRequest(Long source, String stance, String locator) {}

  /** A correction of a citation: its stance and locator (the source cannot change). */
  public record CitationChangeRequest(String stance, String locator) {}

  public record ClaimAssignmentRequest(String user) {}

  public record ReopenClaimRequest(String reason) {}

  /** {@code note}: optional, why the verdict stands for the changed text (kept in the audit trail). */
  public record RecheckConfirmationRequest(String note) {}

  public record AnchorRequest(String exact, String prefix, String suffix) {}

  public record ClaimCommentRequest(String body) {}

  public record AcceptSuggestionRequest(String reason) {}
}
