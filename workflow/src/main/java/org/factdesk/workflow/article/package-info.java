/**
 * Articles, their immutable revisions (ordered blocks with a SHA-256 of the content), the
 * editorial state machine ({@link org.factdesk.workflow.article.EditorialWorkflow}, one table),
 * its guards, import from plain text or Markdown, and word-level revision diffs.
 */
package org.factdesk.workflow.article;
