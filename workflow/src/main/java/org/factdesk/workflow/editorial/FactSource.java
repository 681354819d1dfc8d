package org.factdesk.workflow.editorial;

/**
 * Supplies one kind of fact that guards need (open claims, translation progress) for the current
 * revision of an article. Implementations are CDI beans in the feature that owns the fact; the
 * article service gathers every fact before it checks a move.
 */
public interface FactSource {
  Class<?> type();

  Object gather(long articleId, int currentRevision);
}
