package org.factdesk.workflow.comment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A remark on an article, optionally about one revision. Comments are never edited in place. */
@Entity
@Table(name = "article_comment")
public class Comment {
  @Id
  @SequenceGenerator(name = "comment_id", sequenceName = "comment_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "comment_id")
  @Column(name = "id")
  private Long id;

  @Column(name = "article_id", updatable = false)
  private long articleId;

  @Column(name = "revision_number", updatable = false)
  private Integer revisionNumber;

  @Column(name = "author", updatable = false)
  private String author;

  @Column(name = "body", updatable = false)
  private String body;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  protected Comment() {}

  Comment(long articleId, Integer revisionNumber, String author, String body, OffsetDateTime createdAt) {
    this.articleId = articleId;
    this.revisionNumber = revisionNumber;
    this.author = author;
    this.body = body;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public long articleId() {
    return articleId;
  }

  public Integer revisionNumber() {
    return revisionNumber;
  }

  public String author() {
    return author;
  }

  public String body() {
    return body;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
