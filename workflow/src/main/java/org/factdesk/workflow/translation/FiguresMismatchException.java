package org.factdesk.workflow.translation;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.workflow.common.ConflictException;

/**
 * Approving a translation whose blocks do not carry the figures of the claims in their source
 * (409): every mismatch is listed; an editor may approve anyway with an {@code override} reason.
 */
public class FiguresMismatchException extends ConflictException {
  private final List<FigureWarning> mismatches;

  public FiguresMismatchException(long taskId, List<FigureWarning> mismatches) {
    super("translationFigureMismatch", Map.of("id", taskId, "count", mismatches.size()),
        "The translation does not carry the figures of its claims: " + mismatches.stream()
            .map(FiguresMismatchException::describe).collect(Collectors.joining("; "))
            + ". Correct it, or approve with an override reason.");
    this.mismatches = List.copyOf(mismatches);
  }

  public List<FigureWarning> mismatches() {
    return mismatches;
  }

  static String describe(FigureWarning w) {
    return "block " + w.block() + ", claim " + w.claim() + ": " + w.expected() + " -> "
        + (w.found().isEmpty() ? "nothing" : String.join(", ", w.found())) + " (" + w.outcome() + ")";
  }
}
