package org.factdesk.exports.pdf;

import org.apache.pdfbox.pdmodel.common.PDRectangle;

/** Where things sit on a page of an export, in points from the page's bottom left corner. */
final class PageGeometry {

  static final PDRectangle PAGE = PDRectangle.A4;
  /** Left and right margin of the text column and of the running head's rule. */
  static final float MARGIN_X = 64;
  /** The text column runs from TOP down to BOTTOM. */
  static final float TOP = PAGE.getHeight() - 76;
  static final float BOTTOM = 68;
  /** Width of the text column; an indented style takes its indent off both sides of it. */
  static final float COLUMN = PAGE.getWidth() - 2 * MARGIN_X;

  static final float HEAD_BASELINE = PAGE.getHeight() - 44;
  static final float HEAD_RULE = PAGE.getHeight() - 52;
  static final float HEAD_RULE_WIDTH = 0.5f;
  static final float HEAD_RULE_GREY = 0.55f;
  /** The running head's title gets this share of the column; the language tag sits beside it. */
  static final float HEAD_TITLE_SHARE = 0.8f;
  static final float FOLIO_BASELINE = 40;

  private PageGeometry() {}
}
