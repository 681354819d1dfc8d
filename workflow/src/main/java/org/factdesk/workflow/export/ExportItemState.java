package org.factdesk.workflow.export;

/** An item is pending until an instance that holds its claim records it as done or failed. */
public enum ExportItemState {
  PENDING,
  DONE,
  FAILED
}
