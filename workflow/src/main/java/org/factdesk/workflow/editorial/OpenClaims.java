package org.factdesk.workflow.editorial;

import java.util.List;

/** The claims on the current revision that keep an article in fact-check, each with why. */
public record OpenClaims(List<BlockingClaim> blocking) {
  public OpenClaims {
    blocking = List.copyOf(blocking);
  }

  /** {@code reason}: FLAGGED, IN_PROGRESS, NEEDS_REVIEW, ORPHANED or NO_CITATION. */
  public record BlockingClaim(long claimId, String quote, String reason) {}
}
