package org.factdesk.workflow.editorial;

/**
 * Fired synchronously, inside the transaction, whenever an article gets a new revision ({@code
 * previous} is 0 for the first). Claims re-anchor and translations turn stale by observing it, so
 * the new revision and its consequences commit together or not at all.
 */
public record RevisionCreated(long articleId, int previous, int current, String actor) {}
