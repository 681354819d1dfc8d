package org.factdesk.workflow.claim;

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

/** Where a claim sat in one revision: one immutable row per (claim, revision), its history across edits. */
@Entity
@Table(name = "claim_anchor")
public class ClaimAnchor {
  @Id
  @SequenceGenerator(name = "claim_anchor_id", sequenceName = "claim_anchor_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_anchor_id")
  @Column(name = "id")
  private Long id;

  @Column(name = "claim_id", updatable = false)
  private long claimId;

  @Column(name = "revision_number", updatable = false)
  private int revision;

  @Enumerated(EnumType.STRING)
  @Column(name = "anchor_state", updatable = false)
  private AnchorState state;

  @Column(name = "quote_exact", updatable = false)
  private String exact;

  @Column(name = "quote_prefix", updatable = false)
  private String prefix;

  @Column(name = "quote_suffix", updatable = false)
  private String suffix;

  @Column(name = "block_index", updatable = false)
  private Integer block;

  @Column(name = "start_cp", updatable = false)
  private Integer start;

  @Column(name = "end_cp", updatable = false)
  private Integer end;

  @Column(name = "similarity", updatable = false)
  private int similarity;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  protected ClaimAnchor() {}

  ClaimAnchor(long claimId, int revision, Anchor a, OffsetDateTime now) {
    this.claimId = claimId;
    this.revision = revision;
    this.state = a.state();
    this.exact = a.quote().exact();
    this.prefix = a.quote().prefix();
    this.suffix = a.quote().suffix();
    this.block = a.position() == null ? null : a.position().block();
    this.start = a.position() == null ? null : a.position().start();
    this.end = a.position() == null ? null : a.position().end();
    this.similarity = a.similarity();
    this.createdAt = now;
  }

  public long claimId() {
    return claimId;
  }

  public int revision() {
    return revision;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public Anchor anchor() {
    TextPosition p = block == null ? null : new TextPosition(block, start, end);
    return new Anchor(state, new TextQuote(exact, prefix, suffix), p, similarity);
  }
}
