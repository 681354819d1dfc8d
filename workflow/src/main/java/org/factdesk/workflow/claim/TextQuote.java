package org.factdesk.workflow.claim;

import java.util.Objects;

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
}
