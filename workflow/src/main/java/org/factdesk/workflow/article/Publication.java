package org.factdesk.workflow.article;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * What the newsroom published, and when: an approval, a correction re-approved with its public
 * note, or a withdrawal with its note. Immutable: the publication record is the article's public
 * history, kept whatever happens to the article later.
 */
@Entity
@Table(name = "publication")
public class Publication {
  /** What happened in public. */
  public enum Kind {
    APPROVAL,
    CORRECTION,
    WITHDRAWAL
  }

  @Id
  @SequenceGenerator(name = "publication_id", sequenceName = "publication_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "publication_id")
  @Column(name = "id")
  private Long id;

  @Column(name = "article_id", updatable = false)
  private long articleId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", updatable = false)
  private Kind kind;

  @Column(name = "revision_number", updatable = false)
  private int revision;

  @Column(name = "previous_revision", updatable = false)
  private Integer previousRevision;

  @Column(name = "changed_blocks", updatable = false)
  private String changedBlocks;

  @Column(name = "note", updatable = false)
  private String note;

  @Column(name = "published_by", updatable = false)
  private String publishedBy;

  @Column(name = "published_at", updatable = false)
  private OffsetDateTime publishedAt;

  protected Publication() {}

  Publication(long articleId, Kind kind, int revision, Integer previousRevision, Collection<Integer> changedBlocks,
      String note, String publishedBy, OffsetDateTime publishedAt) {
    this.articleId = articleId;
    this.kind = kind;
    this.revision = revision;
    this.previousRevision = previousRevision;
    this.changedBlocks = new TreeSet<>(changedBlocks).stream().map(String::valueOf).collect(Collectors.joining(","));
    this.note = note;
    this.publishedBy = publishedBy;
    this.publishedAt = publishedAt;
  }

  public Long id() {
    return id;
  }

  public long articleId() {
    return articleId;
  }

  public Kind kind() {
    return kind;
  }

  /** The revision published (for a withdrawal: the one taken down). */
  public int revision() {
    return revision;
  }

  /** The revision published before this one (null for the first approval). */
  public Integer previousRevision() {
    return previousRevision;
  }

  /** Blocks of this revision that differ from the previously published one. */
  public List<Integer> changedBlocks() {
    return changedBlocks == null || changedBlocks.isEmpty() ? List.of()
        : Arrays.stream(changedBlocks.split(",")).map(Integer::valueOf).toList();
  }

  /** The public note: the correction's text or the withdrawal's explanation (null for a first approval). */
  public String note() {
    return note;
  }

  public String publishedBy() {
    return publishedBy;
  }

  public OffsetDateTime publishedAt() {
    return publishedAt;
  }
}
