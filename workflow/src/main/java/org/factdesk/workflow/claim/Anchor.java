package org.factdesk.workflow.claim;

/**
 * Where a claim sits in one revision. {@code position} is null only when {@code state} is
 * ORPHANED or REMOVED; {@code similarity} is in per mille (1000 for an exact match).
 */
public record Anchor(AnchorState state, TextQuote quote, TextPosition position, int similarity) {
  public Anchor {
    if ((position == null) != (state == AnchorState.ORPHANED || state == AnchorState.REMOVED)) {
      throw new IllegalArgumentException("only an orphaned or removed anchor has no position");
    }
  }
}
