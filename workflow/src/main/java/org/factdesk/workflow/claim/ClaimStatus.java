package org.factdesk.workflow.claim;

/**
 * Lifecycle of a claim: FLAGGED → IN_PROGRESS → RESOLVED; RESOLVED → NEEDS_RECHECK when the checked
 * quote changes in a later revision, and back to RESOLVED once a fact-checker re-resolves or confirms
 * it; RESOLVED or NEEDS_RECHECK → FLAGGED (or IN_PROGRESS) on reopen. See {@link Claim}.
 */
public enum ClaimStatus {
  FLAGGED,
  IN_PROGRESS,
  RESOLVED,
  NEEDS_RECHECK
}
