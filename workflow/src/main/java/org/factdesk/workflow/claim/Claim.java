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
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Map;
import org.factdesk.workflow.common.Fields;

/**
 * A checkable statement in an article. It carries its anchor in the article's latest revision
 * (earlier ones are in {@link ClaimAnchor}); its status changes only through the intention-revealing
 * methods below, each guarded by {@link #require} (the claim's own rules, as the editorial table
 * holds the article's), after the services have checked who may make them.
 *
 * <pre>
 *   assign, start work   FLAGGED, IN_PROGRESS -> IN_PROGRESS
 *   resolve              FLAGGED, IN_PROGRESS -> RESOLVED
 *   reopen               RESOLVED             -> IN_PROGRESS if someone has it, else FLAGGED
 * </pre>
 */
@Entity
@Table(name = "claim")
public class Claim {
  @Id
  @SequenceGenerator(name = "claim_id", sequenceName = "claim_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "claim_id")
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "article_id", updatable = false)
  private long articleId;

  @Column(name = "revision_number")
  private int revision;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private ClaimStatus status;

  @Enumerated(EnumType.STRING)
  @Column(name = "anchor_state")
  private AnchorState anchorState;

  @Column(name = "quote_exact")
  private String exact;

  @Column(name = "quote_prefix")
  private String prefix;

  @Column(name = "quote_suffix")
  private String suffix;

  @Column(name = "block_index")
  private Integer block;

  @Column(name = "start_cp")
  private Integer start;

  @Column(name = "end_cp")
  private Integer end;

  @Column(name = "reason")
  private String reason;

  @Enumerated(EnumType.STRING)
  @Column(name = "verdict")
  private Verdict verdict;

  @Column(name = "rationale")
  private String rationale;

  @Column(name = "assignee")
  private String assignee;

  @Column(name = "flagged_by", updatable = false)
  private String flaggedBy;

  @Column(name = "flagged_at", updatable = false)
  private OffsetDateTime flaggedAt;

  @Column(name = "resolved_by")
  private String resolvedBy;

  @Column(name = "resolved_at")
  private OffsetDateTime resolvedAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected Claim() {}

  Claim(long articleId, int revision, Anchor anchor, String reason, String flaggedBy, OffsetDateTime now) {
    this.articleId = articleId;
    this.status = ClaimStatus.FLAGGED;
    this.reason = reason;
    this.flaggedBy = flaggedBy;
    this.flaggedAt = now;
    anchorTo(revision, anchor, now);
  }

  void anchorTo(int revision, Anchor anchor, OffsetDateTime now) {
    this.revision = revision;
    this.anchorState = anchor.state();
    this.exact = anchor.quote().exact();
    this.prefix = anchor.quote().prefix();
    this.suffix = anchor.quote().suffix();
    this.block = anchor.position() == null ? null : anchor.position().block();
    this.start = anchor.position() == null ? null : anchor.position().start();
    this.end = anchor.position() == null ? null : anchor.position().end();
    this.updatedAt = now;
  }

  void assignTo(String username, OffsetDateTime now) {
    require(status != ClaimStatus.RESOLVED, "assign");
    this.assignee = username;
    this.status = ClaimStatus.IN_PROGRESS;
    this.updatedAt = now;
  }

  void resolve(Verdict verdict, String rationale, String by, OffsetDateTime now) {
    require(status != ClaimStatus.RESOLVED, "resolve");
    this.verdict = verdict;
    this.rationale = rationale;
    this.status = ClaimStatus.RESOLVED;
    this.resolvedBy = by;
    this.resolvedAt = now;
    this.updatedAt = now;
  }

  /** Something the claim rests on (a citation) changed: a new version, so stale edits are refused. */
  void touch(OffsetDateTime now) {
    this.updatedAt = now;
  }

  /** Back to FLAGGED; the last verdict is kept until a new one replaces it (it is in the audit trail too). */
  void reopen(OffsetDateTime now) {
    require(status == ClaimStatus.RESOLVED, "reopen");
    this.status = assignee == null ? ClaimStatus.FLAGGED : ClaimStatus.IN_PROGRESS;
    this.resolvedAt = null;
    this.resolvedBy = null;
    this.updatedAt = now;
  }

  private void require(boolean allowed, String action) {
    if (!allowed) {
      throw new ClaimStateException(id, status, action);
    }
  }

  /**
   * Why this claim keeps its article in fact-check (FLAGGED, IN_PROGRESS, NEEDS_REVIEW, ORPHANED,
   * NO_CITATION), or null when it does not; {@code cited}: a source is cited for it.
   */
  public String blockingReason(boolean cited) {
    if (anchorState == AnchorState.REMOVED) {
      return null; // Its text is gone from the article on purpose: nothing left to check.
    }
    if (anchorState.blocks()) {
      return anchorState.name();
    }
    if (status != ClaimStatus.RESOLVED) {
      return status.name();
    }
    if (verdict != null && verdict.needsCitation() && !cited) {
      return "NO_CITATION";
    }
    return null;
  }

  /** What the audit trail keeps of it. */
  public Map<String, Object> snapshot() {
    return Fields.of("status", status, "anchor", anchorState, "revision", revision, "block", block, "start", start,
        "end", end, "verdict", verdict, "assignee", assignee);
  }

  public Anchor anchor() {
    TextPosition p = block == null ? null : new TextPosition(block, start, end);
    return new Anchor(anchorState, new TextQuote(exact, prefix, suffix), p, 1000);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public long articleId() {
    return articleId;
  }

  public int revision() {
    return revision;
  }

  public ClaimStatus status() {
    return status;
  }

  public AnchorState anchorState() {
    return anchorState;
  }

  public String exact() {
    return exact;
  }

  public String reason() {
    return reason;
  }

  public Verdict verdict() {
    return verdict;
  }

  public String rationale() {
    return rationale;
  }

  public String assignee() {
    return assignee;
  }

  public String flaggedBy() {
    return flaggedBy;
  }

  public OffsetDateTime flaggedAt() {
    return flaggedAt;
  }

  public String resolvedBy() {
    return resolvedBy;
  }

  public OffsetDateTime resolvedAt() {
    return resolvedAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
