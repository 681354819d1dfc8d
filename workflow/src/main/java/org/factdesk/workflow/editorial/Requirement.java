package org.factdesk.workflow.editorial;

/** What the person making a move must write with it (a 400 without it). */
public enum Requirement {
  /** Why the move is made (kept in the audit trail and the discussion). */
  COMMENT,
  /** The public note readers see: a correction's text, a withdrawal's explanation. */
  NOTE
}
