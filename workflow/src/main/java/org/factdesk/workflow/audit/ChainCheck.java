package org.factdesk.workflow.audit;

import java.util.Map;
import java.util.Objects;

/**
 * Walks events in chain order (each chain's events by id, one chain after another) and finds the
 * first that does not hold: its previousHash is not its predecessor's hash (an event removed,
 * inserted or moved), or its hash is not the hash of its members (the event itself changed).
 */
final class ChainCheck {
  private boolean started;
  private Object chain;
  private String last;
  private long events;

  /** Null while the chains hold; the first broken event otherwise. */
  AuditVerdict.Broken accept(Map<String, Object> members, String storedHash) {
    Object article = members.get("articleId");
    if (!started || !Objects.equals(article, chain)) {
      started = true;
      chain = article;
      last = AuditChain.GENESIS;
    }
    events++;
    Long articleId = (Long) article;
    long id = (Long) members.get("id");
    Object previous = members.get("previousHash");
    if (!last.equals(previous)) {
      return new AuditVerdict.Broken(articleId, id, "previousHash", last, (String) previous);
    }
    String computed = AuditChain.hash(members);
    if (!computed.equals(storedHash)) {
      return new AuditVerdict.Broken(articleId, id, "hash", computed, storedHash);
    }
    last = storedHash;
    return null;
  }

  long events() {
    return events;
  }
}
