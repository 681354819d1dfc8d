package org.factdesk.workflow.export;

/** One article in one language; {@code language} null means the article's source language. */
public record ExportTarget(long articleId, String language) {}
