package org.factdesk.workflow.editorial;

import java.util.Map;

/**
 * Why a guard blocks a move. {@code code} selects a localised sentence, {@code args} fill it, and
 * {@code message} is the English sentence for logs and clients without a bundle.
 */
public record GuardViolation(String guard, String code, Map<String, Object> args, String message) {
  public GuardViolation {
    args = Map.copyOf(args);
  }
}
