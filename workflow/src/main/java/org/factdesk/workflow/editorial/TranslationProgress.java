package org.factdesk.workflow.editorial;

import java.util.List;

/** The required translations that are not yet approved and current, each with its state. */
public record TranslationProgress(List<BlockingLanguage> blocking) {
  public TranslationProgress {
    blocking = List.copyOf(blocking);
  }

  /** {@code state}: the translation's state (e.g. IN_PROGRESS, SUBMITTED, STALE, MISSING). */
  public record BlockingLanguage(String language, String state) {}
}
