package org.factdesk.workflow.claim;

import java.util.Objects;
import org.factdesk.workflow.common.FieldErrors;

/**
 * A W3C Web Annotation TextQuoteSelector: the exact text and up to {@link Anchoring#CONTEXT} code
 * points of context on each side, within the same block.
 */
public record TextQuote(String exact, String prefix, String suffix) {
  public TextQuote {
    Objects.requireNonNull(exact, "exact");
    if (exact.isEmpty()) {
      throw new IllegalArgumentException("an empty quote");
    }
    prefix = prefix == null ? "" : prefix;
    suffix = suffix == null ? "" : suffix;
  }

  /** The quote a person selected, cleaned; null when it will not do (the problems are in {@code errors}). */
  static TextQuote selected(String exact, String prefix, String suffix, FieldErrors errors) {
    String e = errors.required("exact", exact, ClaimService.MAX_QUOTE);
    String p = errors.verbatim("prefix", prefix, Anchoring.CONTEXT * 4);
    String s = errors.verbatim("suffix", suffix, Anchoring.CONTEXT * 4);
    return e == null ? null : new TextQuote(e, p, s);
  }
}
