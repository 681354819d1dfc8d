package org.factdesk.workflow.source;

/** What a cited source does for a claim. */
public enum Stance {
  SUPPORTS,
  REFUTES,
  CONTEXT
}
