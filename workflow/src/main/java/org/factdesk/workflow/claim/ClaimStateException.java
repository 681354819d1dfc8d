package org.factdesk.workflow.claim;

import java.util.Map;
import org.factdesk.workflow.common.ConflictException;

/** A claim's status does not allow this step (409), e.g. resolving a resolved claim. */
public class ClaimStateException extends ConflictException {
  public ClaimStateException(String code, Long id, ClaimStatus status, String action) {
    super(code, Map.of("id", String.valueOf(id), "status", status.name(), "action", action), message(code, id));
  }

  private static String message(String code, Long id) {
    return switch (code) {
      case "claimResolved" -> "Claim " + id + " is resolved; reopen it first";
      case "claimNotResolved" -> "Claim " + id + " is not resolved";
      case "claimNoRecheck" -> "Claim " + id + " does not need a re-check";
      case "claimTextGone" -> "The text of claim " + id + " is gone from the article; move the claim to where it is"
          + " now, or confirm its removal";
      default -> "Claim " + id + " cannot do this now";
    };
  }
}
