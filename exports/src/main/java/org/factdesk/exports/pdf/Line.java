package org.factdesk.exports.pdf;

import java.util.List;

/** One set line: pieces in visual order, x relative to the line's left edge. */
record Line(List<Piece> pieces, float width, boolean rtl) {

  /** One shaped run on a line. {@code logicalStart} indexes the paragraph text. */
  record Piece(GlyphRun run, float x, float size, float rise, int owner, int logicalStart) {}
}
