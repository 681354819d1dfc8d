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
import java.util.Map;
import org.factdesk.workflow.common.Fields;

/** Ties a claim to a source: where in the source (locator) and what it does for the claim (stance). */
@Entity
@Table(name = "citation")
public class Citation {
  @Id
  @SequenceGenerator(name = "citation_id", sequenceName = "citation_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "citation_id")
  @Column(name = "id")
  private Long id;

  @Column(name = "claim_id", updatable = false)
  private long claimId;

  @Column(name = "source_id", updatable = false)
  private long sourceId;

  @Enumerated(EnumType.STRING)
  @Column(name = "stance")
  private Stance stance;

  @Column(name = "locator")
  private String locator;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  protected Citation() {}

  public Citation(long claimId, long sourceId, Stance stance, String locator, String createdBy, OffsetDateTime now) {
    this.claimId = claimId;
    this.sourceId = sourceId;
    this.stance = stance;
    this.locator = locator;
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  /** A correction by the fact-checker; the source itself never changes (cite another one instead). */
  public void correct(Stance stance, String locator) {
    this.stance = stance;
    this.locator = locator;
  }

  /** What the audit trail keeps of it. */
  public Map<String, Object> snapshot() {
    return Fields.of("citation", id, "source", sourceId, "stance", stance, "locator", locator);
  }

  public Long id() { return id; }
  public long claimId() { return claimId; }
  public long sourceId() { return sourceId; }
  public Stance stance() { return stance; }
  public String locator() { return locator; }
  public String createdBy() { return createdBy; }
  public OffsetDateTime createdAt() { return createdAt; }
}
