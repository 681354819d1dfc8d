package org.factdesk.exports.model;

import java.util.Objects;

/** One block of article body text. */
public record ExportBlock(Kind kind, String text) {

  /** How a block is typeset and tagged. */
  public enum Kind {
    PARAGRAPH,
    HEADING,
    QUOTE
  }

  public ExportBlock {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  public static ExportBlock paragraph(String text) {
    return new ExportBlock(Kind.PARAGRAPH, text);
  }

  public static ExportBlock heading(String text) {
    return new ExportBlock(Kind.HEADING, text);
  }

  public static ExportBlock quote(String text) {
    return new ExportBlock(Kind.QUOTE, text);
  }
}
