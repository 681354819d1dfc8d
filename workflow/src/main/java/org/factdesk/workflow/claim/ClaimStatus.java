package org.factdesk.workflow.claim;

/** Lifecycle of a claim: FLAGGED → IN_PROGRESS → RESOLVED, and RESOLVED → FLAGGED on reopen. */
public enum ClaimStatus {
  FLAGGED,
  IN_PROGRESS,
  RESOLVED
}
