package org.factdesk.workflow.export;

/** A job runs until none of its items is pending; then it is done, whatever items failed. */
public enum ExportJobState {
  RUNNING,
  DONE
}
