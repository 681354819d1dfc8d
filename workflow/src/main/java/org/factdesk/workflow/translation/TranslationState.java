package org.factdesk.workflow.translation;

/**
 * Where a translation stands. ASSIGNED → IN_PROGRESS (first save) → SUBMITTED → APPROVED, with
 * CHANGES_REQUESTED sending it back to IN_PROGRESS on the next save. Staleness is a separate flag:
 * an approved translation can be stale, and is then not ready.
 */
public enum TranslationState {
  ASSIGNED,
  IN_PROGRESS,
  SUBMITTED,
  APPROVED,
  CHANGES_REQUESTED;

  /** Whether the translator may save a draft; a submitted, current translation waits for review. */
  public boolean acceptsDraft(boolean stale) {
    return this != SUBMITTED || stale;
  }

  public boolean submittable() {
    return this == IN_PROGRESS;
  }

  public boolean reviewable() {
    return this == SUBMITTED;
  }
}
