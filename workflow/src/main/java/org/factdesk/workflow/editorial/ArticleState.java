package org.factdesk.workflow.editorial;

/** Where an article stands in the editorial workflow. */
public enum ArticleState {
  DRAFT,
  IN_REVIEW,
  FACT_CHECK,
  TRANSLATION,
  APPROVED,
  WITHDRAWN,
  ARCHIVED;

  /** States in which the text may still be revised (approved text is reopened first). */
  public boolean editable() {
    return this == DRAFT || this == IN_REVIEW || this == FACT_CHECK || this == TRANSLATION;
  }

  /** Work on the article is over (approved, withdrawn or archived): it leaves people's queues. */
  public boolean closed() {
    return this == APPROVED || this == WITHDRAWN || this == ARCHIVED;
  }
}
