package org.factdesk.workflow.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The fact-check record of an approved revision, frozen at approval as an opaque JSON text (the
 * export side decides its shape). Written once per approved revision, never changed.
 */
@ApplicationScoped
public class FactCheckRecords {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Clock clock;

  /** Stores the record unless the revision already has one; inside the approval's transaction. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void freeze(long articleId, int revision, String record) {
    if (find(articleId, revision).isPresent()) {
      return;
    }
    em.createNativeQuery("INSERT INTO approved_fact_check (article_id, revision_number, record, frozen_at)"
            + " VALUES (?, ?, ?, ?)")
        .setParameter(1, articleId)
        .setParameter(2, revision)
        .setParameter(3, record)
        .setParameter(4, java.sql.Timestamp.from(OffsetDateTime.now(clock).toInstant()))
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<String> find(long articleId, int revision) {
    List<?> found = em.createNativeQuery("SELECT record FROM approved_fact_check WHERE article_id = ?"
            + " AND revision_number = ?")
        .setParameter(1, articleId)
        .setParameter(2, revision)
        .getResultList();
    return found.isEmpty() ? Optional.empty() : Optional.of(String.valueOf(found.get(0)));
  }
}
