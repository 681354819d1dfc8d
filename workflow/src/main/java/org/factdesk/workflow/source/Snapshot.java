package org.factdesk.workflow.source;

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
 * An archived copy of a source as the checker saw it. The bytes live in a file named by their
 * SHA-256 (content-addressed, so a re-upload is the same file); the row only describes it.
 */
@Entity
@Table(name = "source_snapshot")
public class Snapshot {
  @Id
  @SequenceGenerator(name = "snapshot_id", sequenceName = "snapshot_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "snapshot_id")
  @Column(name = "id")
  private Long id;

  @Column(name = "source_id", updatable = false)
  private long sourceId;

  @Column(name = "sha256", updatable = false)
  private String sha256;

  @Column(name = "size_bytes", updatable = false)
  private long size;

  @Column(name = "media_type", updatable = false)
  private String mediaType;

  @Column(name = "stored_name", updatable = false)
  private String storedName;

  @Column(name = "original_name", updatable = false)
  private String originalName;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  protected Snapshot() {}

  Snapshot(long sourceId, StoredEvidence e, String originalName, String createdBy, OffsetDateTime now) {
    this.sourceId = sourceId;
    this.sha256 = e.sha256();
    this.size = e.size();
    this.mediaType = e.type().mediaType();
    this.storedName = e.sha256();
    this.originalName = originalName;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  public Long id() { return id; }
  public long sourceId() { return sourceId; }
  public String sha256() { return sha256; }
  public long size() { return size; }
  public String mediaType() { return mediaType; }
  public EvidenceType type() { return EvidenceType.fromMediaType(mediaType); }
  public String storedName() { return storedName; }
  public String originalName() { return originalName; }
  public String createdBy() { return createdBy; }
  public OffsetDateTime createdAt() { return createdAt; }
}
