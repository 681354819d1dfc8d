package org.factdesk.workflow.claim;

/**
 * Where a claim sits in one revision. {@code position} is null only when {@code state} is
 * ORPHANED; {@code similarity} is in per mille (1000 for an exact match).
 */
public record Anchor(AnchorState state, TextQuote quote, TextPosition position, int similarity) {
  public Anchor {
    if ((position == null) != (state == AnchorState.ORPHANED)) {
      throw new IllegalArgumentException("only an orphaned anchor has no position");
    }
  }
}
