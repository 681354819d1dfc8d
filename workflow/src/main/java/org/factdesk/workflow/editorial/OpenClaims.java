package org.factdesk.workflow.editorial;

import java.util.List;

/** The claims on the current revision that keep an article in fact-check, each with why. */
public record OpenClaims(List<BlockingClaim> blocking) {
  public OpenClaims {
    blocking = List.copyOf(blocking);
  }

  /**
   * {@code reason}: NEEDS_RECHECK, NEEDS_REVIEW, ORPHANED, FLAGGED, IN_PROGRESS or NO_CITATION;
   * {@code checkedQuote} is the quote as it read when it was checked (null if never checked).
   */
  public record BlockingClaim(long claimId, String quote, String reason, String checkedQuote) {
    public BlockingClaim(long claimId, String quote, String reason) {
      this(claimId, quote, reason, null);
    }
  }
}
