package org.factdesk.workflow.user;

/** What a member of staff may do in general; assignments narrow it down per article. */
public enum Role {
  ADMIN,
  EDITOR,
  FACT_CHECKER,
  TRANSLATOR
}
