package org.factdesk.workflow.editorial;

/** Where an article stands in the editorial workflow. */
public enum ArticleState {
  DRAFT,
  IN_REVIEW,
  FACT_CHECK,
  TRANSLATION,
  APPROVED,
  /** Published, and being corrected: the approved version stays the published one until re-approval. */
  CORRECTION,
  WITHDRAWN,
  ARCHIVED;

  /** States in which the text may still be revised (approved text is corrected or reopened first). */
  public boolean editable() {
    return this == DRAFT || this == IN_REVIEW || this == FACT_CHECK || this == TRANSLATION || this == CORRECTION;
  }

  /** An approved version is out in the world: leaving it (correcting, withdrawing) is public. */
  public boolean published() {
    return this == APPROVED || this == CORRECTION;
  }

  /** Work on the article is over (approved, withdrawn or archived): it leaves people's queues. */
  public boolean closed() {
    return this == APPROVED || this == WITHDRAWN || this == ARCHIVED;
  }
}
