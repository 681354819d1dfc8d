package org.factdesk.workflow.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Map;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleAccess;
import org.factdesk.workflow.article.Revisions;
import org.factdesk.workflow.assignment.Staff;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.FieldErrors;
import org.factdesk.workflow.common.UnprocessableException;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.editorial.AssignmentRole;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.UserAccount;

/**
 * A claim's lifecycle: flag, assign, resolve, re-check, reopen. Whoever may read the article may
 * read its claims; editors and the fact-checkers assigned to the article work on them, only the
 * assigned fact-checkers (never the article's author) flag and settle them, and only while the
 * article's text is open (draft to translation). Which step a claim's status allows is the claim's
 * own rule ({@link Claim}).
 */
@ApplicationScoped
public class ClaimService {
  public static final int MAX_QUOTE = 2_000;
  public static final int MAX_REASON = 2_000;
  public static final int MAX_RATIONALE = 10_000;

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject ArticleAccess access;
  @Inject Claims claims;
  @Inject Revisions revisions;
  @Inject Staff staff;
  @Inject AnchorService anchors;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Flags the quote on the article's current revision; a quote found twice without telling context is a 422. */
  @Transactional
  public Claim flagClaim(Actor actor, long articleId, String exact, String prefix, String suffix, String reason) {
    Article article = access.forSettling(actor, articleId, "flag a claim");
    FieldErrors errors = new FieldErrors();
    TextQuote quote = TextQuote.selected(exact, prefix, suffix, errors);
    String cleanReason = errors.required("reason", reason, MAX_REASON);
    errors.throwIfAny();
    Anchor anchor = Anchoring.flag(Claims.texts(revisions.current(article)), quote.exact(), quote.prefix(),
        quote.suffix());
    return store(actor, article, anchor, cleanReason);
  }

  /** Flags a span given by UTF-16 indices in one block of the current revision (an accepted suggestion). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Claim flagSpan(Actor actor, Article article, int block, int start, int end, String reason) {
    Anchor anchor = Anchoring.atChars(Claims.texts(revisions.current(article)), block, start, end);
    return store(actor, article, anchor, reason);
  }

  private Claim store(Actor actor, Article article, Anchor anchor, String reason) {
    OffsetDateTime now = now();
    Claim claim = new Claim(article.id(), article.currentRevision(), anchor, reason, actor.username(), now);
    em.persist(claim);
    em.flush();
    em.persist(new ClaimAnchor(claim.id(), claim.revision(), anchor, now));
    audit.record(article.id(), actor.username(), now, "claim.flagged", "claim:" + claim.id(), null,
        claim.snapshot(), reason);
    return claim;
  }

  /** Gives the claim to a fact-checker assigned to the article (or an editor): IN_PROGRESS. */
  @Transactional
  public Claim assign(Actor actor, long claimId, long expectedVersion, String username) {
    Claim claim = claims.workable(actor, claimId, expectedVersion, "assign a claim");
    if (username == null || username.isBlank()) {
      throw new ValidationException("user", "required", Map.of(), "who is to check the claim");
    }
    String name = username.strip();
    UserAccount user = em.find(UserAccount.class, name);
    boolean eligible = user != null && user.active() && (user.toActor().isEditor()
        || staff.partsOf(claim.articleId(), user.username()).contains(AssignmentRole.FACT_CHECKER));
    if (!eligible) {
      throw new UnprocessableException("notACheckerOfArticle", Map.of("user", name),
          name + " is not a fact-checker assigned to this article");
    }
    return assignTo(actor, claim, user.username());
  }

  /** The actor takes the claim on: IN_PROGRESS, assigned to them. */
  @Transactional
  public Claim startWork(Actor actor, long claimId, long expectedVersion) {
    return assignTo(actor, claims.workable(actor, claimId, expectedVersion, "start work on a claim"), actor.username());
  }

  private Claim assignTo(Actor actor, Claim claim, String username) {
    Map<String, Object> before = claim.snapshot();
    claim.assignTo(username, now());
    return claims.changed(actor, claim, "claim.assigned", before, null);
  }

  /**
   * Gives the verdict: RESOLVED, for the quote as it reads now (a claim that needs a re-check gets a
   * new verdict this way). {@code expectedVersion} may be null (the minimum contract sends no
   * If-Match); when given it must be current. A missing citation does not refuse the verdict but
   * keeps the article in fact-check (the guard lists it) until a source is cited.
   */
  @Transactional
  public Claim resolveClaim(Actor actor, long claimId, Long expectedVersion, Verdict verdict, String rationale) {
    Claim claim = claims.settleable(actor, claimId, "resolve a claim");
    if (expectedVersion != null) {
      Claims.checkVersion(claim, expectedVersion);
    }
    FieldErrors errors = new FieldErrors();
    if (verdict == null) {
      errors.add("verdict", "required", Map.of(), "a verdict is required");
    }
    String cleanRationale = errors.required("rationale", rationale, MAX_RATIONALE);
    errors.throwIfAny();
    Map<String, Object> before = claim.snapshot();
    boolean recheck = claim.status() == ClaimStatus.NEEDS_RECHECK;
    claim.resolve(verdict, cleanRationale, actor.username(), now());
    if (recheck) {
      anchors.settle(claim);
    }
    return claims.changed(actor, claim, recheck ? "claim.rechecked" : "claim.resolved", before, cleanRationale);
  }

  /**
   * The fact-checker read the changed text and the verdict stands for it: RESOLVED again, with the
   * new quote as what was checked (and its place confirmed).
   */
  @Transactional
  public Claim confirmRecheck(Actor actor, long claimId, long expectedVersion, String note) {
    Claim claim = claims.settleable(actor, claimId, "confirm a verdict for changed text");
    Claims.checkVersion(claim, expectedVersion);
    FieldErrors errors = new FieldErrors();
    String cleanNote = errors.optional("note", note, MAX_RATIONALE);
    errors.throwIfAny();
    Map<String, Object> before = claim.snapshot();
    claim.confirmRecheck(actor.username(), now());
    anchors.settle(claim);
    return claims.changed(actor, claim, "claim.recheckConfirmed", before, cleanNote);
  }

  @Transactional
  public Claim reopen(Actor actor, long claimId, long expectedVersion, String reason) {
    Claim claim = claims.workable(actor, claimId, expectedVersion, "reopen a claim");
    FieldErrors errors = new FieldErrors();
    String why = errors.required("reason", reason, MAX_REASON, "say why the claim is reopened");
    errors.throwIfAny();
    Map<String, Object> before = claim.snapshot();
    claim.reopen(now());
    return claims.changed(actor, claim, "claim.reopened", before, why);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
