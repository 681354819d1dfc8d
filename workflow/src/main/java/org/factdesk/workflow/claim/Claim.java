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
import java.util.List;
import java.util.Map;
import org.factdesk.workflow.common.Fields;

/**
 * A checkable statement in an article. It carries its anchor in the article's latest revision
 * (earlier ones are in {@link ClaimAnchor}); its status changes only through the intention-revealing
 * methods below, each guarded by {@link #require} (the claim's own rules, as the editorial table
 * holds the article's), after the services have checked who may make them.
 *
 * <pre>
 *   assign, start work   FLAGGED, IN_PROGRESS    -> IN_PROGRESS (NEEDS_RECHECK stays)
 *   resolve              FLAGGED, IN_PROGRESS,
 *                        NEEDS_RECHECK           -> RESOLVED, the quote as it reads is what was checked
 *   text changed         RESOLVED                -> NEEDS_RECHECK (any character of the checked quote)
 *   confirm re-check     NEEDS_RECHECK           -> RESOLVED, same verdict, for the new text
 *   reopen               RESOLVED, NEEDS_RECHECK -> IN_PROGRESS if someone has it, else FLAGGED
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

  @Column(name = "checked_quote")
  private String checkedQuote;

  @Column(name = "checked_revision")
  private Integer checkedRevision;

  @Enumerated(EnumType.STRING)
  @Column(name = "checked_verdict")
  private Verdict checkedVerdict;

  @Column(name = "checked_rationale")
  private String checkedRationale;

  @Column(name = "checked_at")
  private OffsetDateTime checkedAt;

  @Column(name = "checked_by")
  private String checkedBy;

  protected Claim() {}

  Claim(long articleId, int revision, Anchor anchor, String reason, String flaggedBy, OffsetDateTime now) {
    this.articleId = articleId;
    this.status = ClaimStatus.FLAGGED;
    this.reason = reason;
    this.flaggedBy = flaggedBy;
    this.flaggedAt = now;
    anchorTo(revision, anchor, now);
  }

  /**
   * Carries the claim to where it now sits. A resolved claim whose quote no longer reads as it did
   * when it was checked needs a re-check, and stays so (even if a later revision restores the old
   * wording) until a fact-checker re-resolves or confirms it.
   */
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
    if (status == ClaimStatus.RESOLVED && checkedQuote != null && !checkedQuote.equals(exact)) {
      this.status = ClaimStatus.NEEDS_RECHECK;
    }
  }

  void assignTo(String username, OffsetDateTime now) {
    require(assignable(), "assign", "claimResolved");
    this.assignee = username;
    if (status != ClaimStatus.NEEDS_RECHECK) {
      this.status = ClaimStatus.IN_PROGRESS;
    }
    this.updatedAt = now;
  }

  /** The verdict on the text as it reads now; it is what was checked from here on. */
  void resolve(Verdict verdict, String rationale, String by, OffsetDateTime now) {
    require(status != ClaimStatus.RESOLVED, "resolve", "claimResolved");
    require(hasText(), "resolve", "claimTextGone");
    this.verdict = verdict;
    this.rationale = rationale;
    checked(by, now);
  }

  /** The checker looked at the new text and the verdict stands for it. */
  void confirmRecheck(String by, OffsetDateTime now) {
    require(status == ClaimStatus.NEEDS_RECHECK, "confirm", "claimNoRecheck");
    require(hasText(), "confirm", "claimTextGone");
    checked(by, now);
  }

  private void checked(String by, OffsetDateTime now) {
    this.status = ClaimStatus.RESOLVED;
    this.resolvedBy = by;
    this.resolvedAt = now;
    this.checkedQuote = exact;
    this.checkedRevision = revision;
    this.checkedVerdict = verdict;
    this.checkedRationale = rationale;
    this.checkedAt = now;
    this.checkedBy = by;
    this.updatedAt = now;
  }

  /** Something the claim rests on (a citation) changed: a new version, so stale edits are refused. */
  void touch(OffsetDateTime now) {
    this.updatedAt = now;
  }

  /** Back to FLAGGED; the last verdict is kept until a new one replaces it (it is in the audit trail too). */
  void reopen(OffsetDateTime now) {
    require(reopenable(), "reopen", "claimNotResolved");
    this.status = assignee == null ? ClaimStatus.FLAGGED : ClaimStatus.IN_PROGRESS;
    this.resolvedAt = null;
    this.resolvedBy = null;
    this.updatedAt = now;
  }

  private void require(boolean allowed, String action, String code) {
    if (!allowed) {
      throw new ClaimStateException(code, id, status, action);
    }
  }

  private boolean assignable() {
    return status != ClaimStatus.RESOLVED;
  }

  /** A verdict is given on text: a claim whose quote left the article is moved or confirmed removed first. */
  private boolean hasText() {
    return block != null || status != ClaimStatus.NEEDS_RECHECK;
  }

  private boolean reopenable() {
    return status == ClaimStatus.RESOLVED || status == ClaimStatus.NEEDS_RECHECK;
  }

  /**
   * What the claim's own state lets be done to it now ({@code assign}, {@code resolve}, {@code confirm},
   * {@code reopen}), by the same rules its methods enforce; who may act is the article's business
   * (its {@code allowedActions}).
   */
  public List<String> possibleActions() {
    List<String> out = new java.util.ArrayList<>();
    if (assignable()) {
      out.add("assign");
    }
    if (status != ClaimStatus.RESOLVED && hasText()) {
      out.add("resolve");
    }
    if (status == ClaimStatus.NEEDS_RECHECK && hasText()) {
      out.add("confirm");
    }
    if (reopenable()) {
      out.add("reopen");
    }
    return List.copyOf(out);
  }

  /**
   * Why this claim keeps its article in fact-check (NEEDS_RECHECK, NEEDS_REVIEW, ORPHANED, FLAGGED,
   * IN_PROGRESS, NO_CITATION), or null when it does not; {@code cited}: a source is cited for it.
   */
  public String blockingReason(boolean cited) {
    if (anchorState == AnchorState.REMOVED) {
      return null; // Its text is gone from the article on purpose: nothing left to check.
    }
    if (status == ClaimStatus.NEEDS_RECHECK) {
      return status.name();
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

  /** What was checked, as it was, or null if the claim was never resolved. */
  public Checked checked() {
    return checkedQuote == null ? null
        : new Checked(checkedQuote, checkedRevision, checkedVerdict, checkedRationale, checkedAt, checkedBy);
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
