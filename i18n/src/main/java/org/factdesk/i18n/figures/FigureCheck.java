package org.factdesk.i18n.figures;

import java.util.List;

/**
 * The findings for every figure of a source claim's quote, in source order.
 *
 * @param findings one per source figure
 */
public record FigureCheck(List<Finding> findings) {

  public FigureCheck {
    findings = List.copyOf(findings);
  }

  /** Whether any figure is {@link Finding.Outcome#MISMATCH} or {@link Finding.Outcome#MISSING}. */
  public boolean blocking() {
    return findings.stream().anyMatch(f -> f.outcome().blocking());
  }
}
