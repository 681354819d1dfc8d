package org.factdesk.workflow.claim;

/**
 * A W3C Web Annotation TextPositionSelector narrowed to one block: {@code block} is the index of
 * the block in the revision, {@code start} and {@code end} (exclusive) count Unicode CODE POINTS
 * from the start of that block's text, not UTF-16 units, so that an emoji or a supplementary
 * character counts once whichever language a client is written in.
 */
public record TextPosition(int block, int start, int end) {
  public TextPosition {
    if (block < 0 || start < 0 || end <= start) {
      throw new IllegalArgumentException("position " + block + ":" + start + "-" + end);
    }
  }
}
