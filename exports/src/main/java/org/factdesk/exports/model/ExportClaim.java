package org.factdesk.exports.model;

import java.util.List;
import java.util.Objects;

/**
 * A checked claim anchored in one block. {@code start} and {@code end} are code point offsets
 * into that block's text (end exclusive), so they survive any UTF-16 surrogate pairs.
 */
public record ExportClaim(
    String id,
    int blockIndex,
    int start,
    int end,
    String quote,
    String verdict,
    String rationale,
    List<ExportCitation> citations) {

  public ExportClaim {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(verdict, "verdict");
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("claim " + id + ": bad span " + start + ".." + end);
    }
    citations = citations == null ? List.of() : List.copyOf(citations);
  }
}
