package org.factdesk.workflow.article;

/** The kinds of block an article body is made of. */
public enum BlockKind {
  PARAGRAPH,
  HEADING,
  QUOTE
}
