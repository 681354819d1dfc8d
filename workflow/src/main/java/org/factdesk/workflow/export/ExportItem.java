package org.factdesk.workflow.export;

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

/**
 * One article and language of a job. Changed only by conditional bulk updates in
 * {@link ExportJobService} (claims must be atomic across instances); the rendered file is in the
 * same row but not mapped, so progress reads never load it.
 */
@Entity
@Table(name = "export_item")
public class ExportItem {
  @Id
  @SequenceGenerator(name = "export_item_id", sequenceName = "export_item_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "export_item_id")
  @Column(name = "id")
  private Long id;

  @Column(name = "job_id", updatable = false)
  private long jobId;

  @Column(name = "item_index", updatable = false)
  private int index;

  @Column(name = "article_id", updatable = false)
  private long articleId;

  @Column(name = "language")
  private String language;

  @Enumerated(EnumType.STRING)
  @Column(name = "state")
  private ExportItemState state;

  @Column(name = "claimed_by")
  private String claimedBy;

  @Column(name = "lease_until")
  private long leaseUntil;

  @Column(name = "attempts")
  private int attempts;

  @Column(name = "revision_number")
  private Integer revision;

  @Column(name = "filename")
  private String filename;

  @Column(name = "sha256")
  private String sha256;

  @Column(name = "pdf_size")
  private Integer size;

  @Column(name = "error_code")
  private String errorCode;

  @Column(name = "error_args")
  private String errorArgs;

  @Column(name = "error_detail")
  private String errorDetail;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  protected ExportItem() {}

  ExportItem(long jobId, int index, ExportTarget target) {
    this.jobId = jobId;
    this.index = index;
    this.articleId = target.articleId();
    this.language = target.language();
    this.state = ExportItemState.PENDING;
  }

  public long id() {
    return id;
  }

  public long jobId() {
    return jobId;
  }

  public int index() {
    return index;
  }

  public long articleId() {
    return articleId;
  }

  /** The language asked for; null for the article's source language. */
  public String language() {
    return language;
  }

  public ExportItemState state() {
    return state;
  }

  public String claimedBy() {
    return claimedBy;
  }

  public long leaseUntil() {
    return leaseUntil;
  }

  public int attempts() {
    return attempts;
  }

  public Integer revision() {
    return revision;
  }

  public String filename() {
    return filename;
  }

  public String sha256() {
    return sha256;
  }

  public Integer size() {
    return size;
  }

  public String errorCode() {
    return errorCode;
  }

  /** The error's message arguments as a JSON object of strings. */
  public String errorArgs() {
    return errorArgs;
  }

  public String errorDetail() {
    return errorDetail;
  }

  public OffsetDateTime finishedAt() {
    return finishedAt;
  }
}
