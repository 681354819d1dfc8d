/**
 * Articles and their immutable revisions (ordered blocks with a SHA-256 of the content), the
 * article use cases (write, move through the state machine in {@code editorial}, read), who may
 * read or work on an article ({@link org.factdesk.workflow.article.ArticleAccess}), import
 * from plain text or Markdown, and word-level revision diffs.
 */
package org.factdesk.workflow.article;
