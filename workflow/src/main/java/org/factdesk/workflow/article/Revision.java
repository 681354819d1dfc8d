package org.factdesk.workflow.article;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * One immutable version of an article's body. Nothing here can change after it is stored: every
 * column is non-updatable and the class has no mutators; editing an article makes a new revision.
 */
@Entity
@Table(name = "revision")
public class Revision {
  @Id
  @SequenceGenerator(name = "revision_id", sequenceName = "revision_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "revision_id")
  @Column(name = "id")
  private Long id;

  @Column(name = "article_id", updatable = false)
  private long articleId;

  @Column(name = "revision_number", updatable = false)
  private int number;

  @Column(name = "author", updatable = false)
  private String author;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "sha256", updatable = false)
  private String sha256;

  @Column(name = "note", updatable = false)
  private String note;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "revision_block", joinColumns = @JoinColumn(name = "revision_id"))
  @OrderColumn(name = "block_index", updatable = false)
  private List<Block> blocks = new ArrayList<>();

  protected Revision() {}

  Revision(long articleId, int number, List<Block> blocks, String author, String note, OffsetDateTime createdAt) {
    this.articleId = articleId;
    this.number = number;
    this.blocks = new ArrayList<>(blocks);
    this.author = author;
    this.note = note;
    this.createdAt = createdAt;
    this.sha256 = RevisionContent.sha256(blocks);
  }

  public Long id() {
    return id;
  }

  public long articleId() {
    return articleId;
  }

  public int number() {
    return number;
  }

  public String author() {
    return author;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public String sha256() {
    return sha256;
  }

  public String note() {
    return note;
  }

  public List<Block> blocks() {
    return List.copyOf(blocks);
  }
}
