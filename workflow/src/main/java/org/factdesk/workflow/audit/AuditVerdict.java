package org.factdesk.workflow.audit;

/** What walking the chains found: all {@code events} hold, or the first that does not. */
public record AuditVerdict(boolean valid, long events, Broken broken) {

  /**
   * The first event that does not hold. {@code differs} is {@code previousHash} when the event does not
   * follow the one before it in its chain (expected: that event's hash), or {@code hash} when its
   * stored hash is not the hash of what the row now says (expected: the recomputed hash).
   */
  public record Broken(Long articleId, long eventId, String differs, String expected, String found) {}
}
