package org.factdesk.exports.pdf;

/**
 * One paragraph of a printed export as {@link ReadingOrder} decides it, before any page exists: its
 * text, its style, and where it hangs in the structure tree. No PDFBox types, so the decision can
 * be tested without making a PDF.
 *
 * @param type the structure type of its element: H1, H2, P or BlockQuote
 * @param lang the element's /Lang where it differs from the document's, else null
 * @param note the id of the Note element it belongs to ("note-0001"), or null under Document
 * @param marks what the owned units of its text stand for
 * @param paragraph the text for the line setter: owned units, direction, face weight, size and
 *     language
 */
record TaggedParagraph(
    Style style, String type, String lang, String note, Marks marks, Paragraph paragraph) {

  /** What owned units of the text are in the structure tree. */
  enum Marks {
    /** No owned units. */
    NONE,
    /** Raised note markers; owner n is a Reference to the n-th note (counting from 0). */
    NOTE_REFERENCES,
    /** The note's number, a Lbl beside the paragraph in its Note. */
    NOTE_LABEL
  }
}
