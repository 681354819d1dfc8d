package org.factdesk.workflow.editorial;

/** The part someone is given on one article. */
public enum AssignmentRole {
  REVIEWER,
  FACT_CHECKER,
  TRANSLATOR
}
