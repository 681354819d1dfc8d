/**
 * Articles and their immutable revisions (ordered blocks with a SHA-256 of the content), the
 * article use cases (which move articles through the state machine in {@code editorial}), import
 * from plain text or Markdown, and word-level revision diffs.
 */
package org.factdesk.workflow.article;
