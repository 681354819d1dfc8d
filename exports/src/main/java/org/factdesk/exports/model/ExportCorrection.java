package org.factdesk.exports.model;

import java.time.OffsetDateTime;
import java.util.Objects;

/** A correction published with the article: when, the public note, and the note's language (BCP 47). */
public record ExportCorrection(OffsetDateTime at, String note, String language) {
  public ExportCorrection {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(note, "note");
    Objects.requireNonNull(language, "language");
  }
}
