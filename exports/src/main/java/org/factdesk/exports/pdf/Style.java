package org.factdesk.exports.pdf;

/**
 * The house style of a printed export, in one table. All values are in points: type size, leading
 * (the height each line takes), space before and after the paragraph, and the indent taken from
 * both sides of the column. A paragraph that keeps with the next (a heading, a note's opening
 * line) never ends a page.
 */
enum Style {
  //             size   bold   leading before after indent keepWithNext
  TITLE(         20,    true,  26,     0,     10,   0,     true),
  STANDFIRST(    12.5f, false, 18,     0,     8,    0,     false),
  BYLINE(        9.5f,  false, 14,     0,     12,   0,     false),
  BODY(          10.5f, false, 15.5f,  0,     7,    0,     false),
  SUBHEADING(    14,    true,  19,     10,    4,    0,     true),
  QUOTE(         10.5f, false, 15.5f,  4,     8,    28,    false),
  /** The fact-check summary's, the notes' and the colophon's headings. */
  RECORD_HEADING(14,    true,  19,     14,    4,    0,     true),
  /** "True: 1": one line per verdict in the fact-check summary. */
  VERDICT_COUNT( 10.5f, false, 15,     0,     1,    0,     false),
  /** "1. “quoted claim”", which opens a note. */
  NOTE_QUOTE(    10.5f, true,  15,     8,     2,    0,     true),
  /** A note's verdict and rationale. */
  NOTE_TEXT(     10.5f, false, 15,     0,     2,    0,     false),
  CITATION(      9,     false, 13,     1,     2,    12,    false),
  /** The summary's count of claims, and each line of the colophon. */
  RECORD_LINE(   9.5f,  false, 14,     0,     1,    0,     false),
  /** Running head and folio; {@link PageFurniture} places them, so they have no spacing here. */
  RUNNING_HEAD(  8.5f,  false, 0,      0,     0,    0,     false);

  final float size;
  final boolean bold;
  final float leading;
  final float spaceBefore;
  final float spaceAfter;
  final float indent;
  final boolean keepWithNext;

  Style(float size, boolean bold, float leading, float spaceBefore, float spaceAfter, float indent,
      boolean keepWithNext) {
    this.size = size;
    this.bold = bold;
    this.leading = leading;
    this.spaceBefore = spaceBefore;
    this.spaceAfter = spaceAfter;
    this.indent = indent;
    this.keepWithNext = keepWithNext;
  }
}
