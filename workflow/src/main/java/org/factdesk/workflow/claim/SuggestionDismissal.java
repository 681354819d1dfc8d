package org.factdesk.workflow.claim;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** A suggested sentence a fact-checker turned down; keyed by the sentence's hash so edits elsewhere keep it dismissed. */
@Entity
@Table(name = "suggestion_dismissal")
public class SuggestionDismissal {
  @Id
  @SequenceGenerator(name = "suggestion_dismissal_id", sequenceName = "suggestion_dismissal_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "suggestion_dismissal_id")
  @Column(name = "id")
  private Long id;

  @Column(name = "article_id", updatable = false)
  private long articleId;

  @Column(name = "sentence_hash", updatable = false)
  private String sentenceHash;

  @Column(name = "dismissed_by", updatable = false)
  private String dismissedBy;

  @Column(name = "dismissed_at", updatable = false)
  private OffsetDateTime dismissedAt;

  protected SuggestionDismissal() {}

  SuggestionDismissal(long articleId, String sentenceHash, String dismissedBy, OffsetDateTime dismissedAt) {
    this.articleId = articleId;
    this.sentenceHash = sentenceHash;
    this.dismissedBy = dismissedBy;
    this.dismissedAt = dismissedAt;
  }

  public String sentenceHash() {
    return sentenceHash;
  }
}
