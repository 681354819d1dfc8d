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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;

/** A bulk export someone asked for. Progress is counted from its items, never kept here. */
@Entity
@Table(name = "export_job")
public class ExportJob {
  @Id
  @SequenceGenerator(name = "export_job_id", sequenceName = "export_job_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "export_job_id")
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "state")
  private ExportJobState state;

  @Column(name = "total", updatable = false)
  private int total;

  @Column(name = "finished_at")
  private OffsetDateTime finishedAt;

  protected ExportJob() {}

  ExportJob(String createdBy, int total, OffsetDateTime now) {
    this.createdBy = createdBy;
    this.total = total;
    this.createdAt = now;
    this.state = ExportJobState.RUNNING;
  }

  public long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String createdBy() {
    return createdBy;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public ExportJobState state() {
    return state;
  }

  public int total() {
    return total;
  }

  public OffsetDateTime finishedAt() {
    return finishedAt;
  }
}
