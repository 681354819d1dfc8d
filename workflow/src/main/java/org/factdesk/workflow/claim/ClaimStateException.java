package org.factdesk.workflow.claim;

import java.util.Map;
import org.factdesk.workflow.common.ConflictException;

/** A claim's status does not allow this step (409), e.g. resolving a resolved claim. */
public class ClaimStateException extends ConflictException {
  public ClaimStateException(Long id, ClaimStatus status, String action) {
    super(status == ClaimStatus.RESOLVED ? "claimResolved" : "claimNotResolved",
        Map.of("id", String.valueOf(id), "status", status.name(), "action", action),
        status == ClaimStatus.RESOLVED ? "Claim " + id + " is resolved; reopen it first"
            : "Claim " + id + " is not resolved");
  }
}
