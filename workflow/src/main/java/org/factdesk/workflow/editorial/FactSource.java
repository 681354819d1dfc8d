package org.factdesk.workflow.editorial;

/**
 * Supplies one kind of fact that guards need (open claims, translation progress) for the current
 * revision of an article. Implementations are CDI beans in the feature that owns the fact; every
 * fact a guard of the table needs must have exactly one source, or the application does not start
 * (and a guard whose fact is missing anyway answers "blocked", never "settled").
 */
public interface FactSource<T> {
  Class<T> type();

  T gather(long articleId, int currentRevision);
}
