package org.factdesk.workflow.claim;

/** How well a claim is tied to the text of its revision. */
public enum AnchorState {
  /** Where it was flagged, or confirmed by a person after an edit. */
  ANCHORED,
  /** Same quote, found elsewhere in the new revision by quote and context. */
  MOVED,
  /** The quote was edited: the best fuzzy match is shown, and a person must confirm it. */
  NEEDS_REVIEW,
  /** The quote is gone from the text; the claim keeps its last quote and waits for a person. */
  ORPHANED,
  /**
   * A person confirmed that the orphan's text was removed on purpose: kept for the record, no longer
   * blocking, and found again (for review) if the text comes back.
   */
  REMOVED;

  /** Whether this keeps the article in fact-check. */
  public boolean blocks() {
    return this == NEEDS_REVIEW || this == ORPHANED;
  }
}
