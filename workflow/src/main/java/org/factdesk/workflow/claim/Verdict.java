package org.factdesk.workflow.claim;

/** The verdict scale, from true to false; NOT_A_CLAIM marks opinion that needs no source. */
public enum Verdict {
  TRUE,
  MOSTLY_TRUE,
  MIXED,
  MISLEADING,
  FALSE,
  UNVERIFIABLE,
  NOT_A_CLAIM;

  public boolean needsCitation() {
    return this != NOT_A_CLAIM;
  }
}
