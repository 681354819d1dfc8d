package org.factdesk.workflow.claim;

import java.util.List;
import java.util.Map;
import org.factdesk.workflow.editorial.OpenClaims.BlockingClaim;

/** The fact-check state of an article at a glance: counts, and what keeps it in fact-check. */
public record ClaimSummary(int revision, long total, Map<ClaimStatus, Long> byStatus, Map<Verdict, Long> byVerdict,
    Map<AnchorState, Long> byAnchor, List<BlockingClaim> blocking) {
  public ClaimSummary {
    byStatus = Map.copyOf(byStatus);
    byVerdict = Map.copyOf(byVerdict);
    byAnchor = Map.copyOf(byAnchor);
    blocking = List.copyOf(blocking);
  }
}
