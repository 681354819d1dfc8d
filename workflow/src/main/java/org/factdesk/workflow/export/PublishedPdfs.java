package org.factdesk.workflow.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The PDFs of approved versions exactly as they were published, one per (article, revision,
 * language), written once in the approval's transaction and served byte for byte afterwards.
 */
@ApplicationScoped
public class PublishedPdfs {
  /** A stored PDF and what names and proves it. */
  public record Stored(long articleId, int revision, String language, String sha256, String filename, byte[] pdf) {}

  /** What versions exist, without their bytes. */
  public record Listed(int revision, String language, String sha256, String filename) {}

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Clock clock;

  /** Keeps the first PDF of this version and language (an approval is published once). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void store(long articleId, int revision, String language, String sha256, String filename, byte[] pdf) {
    if (find(articleId, revision, language).isPresent()) {
      return;
    }
    em.createNativeQuery("INSERT INTO published_pdf (article_id, revision_number, language, sha256, filename, pdf,"
            + " published_at) VALUES (?, ?, ?, ?, ?, ?, ?)")
        .setParameter(1, articleId)
        .setParameter(2, revision)
        .setParameter(3, language)
        .setParameter(4, sha256)
        .setParameter(5, filename)
        .setParameter(6, pdf)
        .setParameter(7, Timestamp.from(OffsetDateTime.now(clock).toInstant()))
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Stored> find(long articleId, int revision, String language) {
    List<?> rows = em.createNativeQuery("SELECT sha256, filename, pdf FROM published_pdf WHERE article_id = ?"
            + " AND revision_number = ? AND language = ?")
        .setParameter(1, articleId)
        .setParameter(2, revision)
        .setParameter(3, language)
        .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = (Object[]) rows.get(0);
    return Optional.of(new Stored(articleId, revision, language, String.valueOf(row[0]).strip(),
        String.valueOf(row[1]), (byte[]) row[2]));
  }

  /** Every stored version of the article, by revision then language. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Listed> list(long articleId) {
    List<?> rows = em.createNativeQuery("SELECT revision_number, language, sha256, filename FROM published_pdf"
            + " WHERE article_id = ? ORDER BY revision_number, language")
        .setParameter(1, articleId)
        .getResultList();
    return rows.stream().map(r -> (Object[]) r).map(r -> new Listed(((Number) r[0]).intValue(), String.valueOf(r[1]),
        String.valueOf(r[2]).strip(), String.valueOf(r[3]))).toList();
  }
}
