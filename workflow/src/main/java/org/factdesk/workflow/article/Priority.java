package org.factdesk.workflow.article;

/** How urgently the desk needs the piece. */
public enum Priority {
  LOW,
  NORMAL,
  HIGH,
  URGENT
}
