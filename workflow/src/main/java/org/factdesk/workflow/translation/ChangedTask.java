package org.factdesk.workflow.translation;

/**
 * A translation task as a change left it, with the number of the source revision the change was
 * checked against in the same transaction: what the answer to the change shows, so that the
 * workspace need not be read a second time.
 */
public record ChangedTask(TranslationTask task, int sourceRevision) {}
