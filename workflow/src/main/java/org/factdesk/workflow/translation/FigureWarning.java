package org.factdesk.workflow.translation;

import java.util.List;

/**
 * A figure of a claim that the translated block does not carry as the same value: {@code expected}
 * as the source writes it, {@code outcome} (WRITTEN_OUT, CANNOT_TELL, MISMATCH, MISSING; see
 * {@link org.factdesk.i18n.figures.Finding.Outcome}), and the target's figures it may have become.
 * Only MISMATCH and MISSING block approval.
 */
public record FigureWarning(int block, long claim, String expected, String outcome, List<String> found,
    boolean blocking) {
  public FigureWarning {
    found = List.copyOf(found);
  }
}
