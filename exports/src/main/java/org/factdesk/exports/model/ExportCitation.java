package org.factdesk.exports.model;

import java.util.Objects;

/** A source cited for a claim. Everything but the title may be null. */
public record ExportCitation(
    String sourceTitle,
    String publisher,
    String url,
    String publishedOn,
    String locator,
    String stance,
    String archiveSha256) {

  public ExportCitation {
    Objects.requireNonNull(sourceTitle, "sourceTitle");
  }
}
