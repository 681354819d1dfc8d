package org.factdesk.workflow.claim;

import java.util.Map;

/**
 * A sentence worth checking. {@code id} is the SHA-256 of the sentence's NFC text (stable across
 * edits elsewhere); the position is in code points, as for claims.
 */
public record Suggestion(String id, TextPosition position, String text, double score, Map<String, Double> features) {
  public Suggestion {
    features = Map.copyOf(features);
  }
}
