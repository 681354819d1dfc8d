package org.factdesk.workflow.source;

/** What a source is: a web page (has a URL), or something off the web described in words. */
public enum SourceKind {
  WEB,
  DOCUMENT,
  INTERVIEW,
  DATASET,
  OTHER
}
