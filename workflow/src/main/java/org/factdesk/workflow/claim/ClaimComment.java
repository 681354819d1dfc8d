package org.factdesk.workflow.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A remark in the discussion of one claim; never edited in place. */
@Entity
@Table(name = "claim_comment")
public class ClaimComment {
  @Id
  @SequenceGenerator(name = "claim_comment_id", sequenceName = "claim_comment_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_comment_id")
  @Column(name = "id")
  private Long id;

  @Column(name = "claim_id", updatable = false)
  private long claimId;

  @Column(name = "author", updatable = false)
  private String author;

  @Column(name = "body", updatable = false)
  private String body;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  protected ClaimComment() {}

  ClaimComment(long claimId, String author, String body, OffsetDateTime createdAt) {
    this.claimId = claimId;
    this.author = author;
    this.body = body;
    this.createdAt = createdAt;
  }

  public Long id() {
    return id;
  }

  public long claimId() {
    return claimId;
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
