package org.factdesk.workflow.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import org.factdesk.i18n.TextInput;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleService;
import org.factdesk.workflow.article.Block;
import org.factdesk.workflow.article.Revision;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.ConflictException;
import org.factdesk.workflow.common.ForbiddenException;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.common.StaleVersionException;
import org.factdesk.workflow.common.UnprocessableException;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.editorial.AssignmentRole;
import org.factdesk.workflow.editorial.OpenClaims;
import org.factdesk.workflow.editorial.OpenClaims.BlockingClaim;
import org.factdesk.workflow.editorial.RevisionCreated;
import org.factdesk.workflow.source.Citation;
import org.factdesk.workflow.source.SourceService;
import org.factdesk.workflow.source.Stance;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.Role;
import org.factdesk.workflow.user.UserAccount;

/**
 * Use cases of claims. Whoever may read the article may read its claims and discuss them; only
 * editors and the fact-checkers assigned to the article flag, assign, cite, resolve and reopen,
 * and only while the article's text is still open (draft to translation).
 */
@ApplicationScoped
public class ClaimService {
  public static final int MAX_QUOTE = 2_000;
  public static final int MAX_REASON = 2_000;
  public static final int MAX_RATIONALE = 10_000;
  public static final int MAX_LOCATOR = 1_000;
  public static final int MAX_COMMENT = 10_000;

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject ArticleService articles;
  @Inject SourceService sources;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Flags the quote on the article's current revision; a quote found twice without telling context is a 422. */
  @Transactional
  public Claim flagClaim(Actor actor, long articleId, String exact, String prefix, String suffix, String reason) {
    Article article = workable(actor, articleId, "flag a claim");
    List<ValidationException.FieldError> errors = new ArrayList<>();
    String cleanExact = text("exact", exact, MAX_QUOTE, true, true, errors);
    String cleanPrefix = text("prefix", prefix, Anchoring.CONTEXT * 4, false, false, errors);
    String cleanSuffix = text("suffix", suffix, Anchoring.CONTEXT * 4, false, false, errors);
    String cleanReason = text("reason", reason, MAX_REASON, true, true, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    Anchor anchor = Anchoring.flag(texts(currentRevision(article)), cleanExact, cleanPrefix, cleanSuffix);
    return store(actor, article, anchor, cleanReason);
  }

  /** Flags a span given by UTF-16 indices in one block of the current revision (an accepted suggestion). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Claim flagSpan(Actor actor, Article article, int block, int start, int end, String reason) {
    Anchor anchor = Anchoring.atChars(texts(currentRevision(article)), block, start, end);
    return store(actor, article, anchor, reason);
  }

  private Claim store(Actor actor, Article article, Anchor anchor, String reason) {
    OffsetDateTime now = now();
    Claim claim = new Claim(article.id(), article.currentRevision(), anchor, reason, actor.username(), now);
    em.persist(claim);
    em.flush();
    em.persist(new ClaimAnchor(claim.id(), claim.revision(), anchor, now));
    audit.record(article.id(), actor.username(), now, "claim.flagged", "claim:" + claim.id(), null,
        describe(claim), reason);
    return claim;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Claim find(Actor actor, long claimId) {
    return claim(claimId, articleId -> articles.find(actor, articleId));
  }

  /** The claim, once {@code articleCheck} passes for its article; a claim of an article not found is not found. */
  private Claim claim(long claimId, LongConsumer articleCheck) {
    Claim claim = em.find(Claim.class, claimId);
    if (claim == null) {
      throw new NotFoundException("claim", claimId);
    }
    try {
      articleCheck.accept(claim.articleId());
    } catch (NotFoundException hidden) {
      throw new NotFoundException("claim", claimId);
    }
    return claim;
  }

  /** The claims of an article in text order (orphans last). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Claim> list(Actor actor, long articleId, Page.Request page) {
    articles.find(actor, articleId);
    long total = em.createQuery("select count(c) from Claim c where c.articleId = :a", Long.class)
        .setParameter("a", articleId)
        .getSingleResult();
    List<Claim> items = em.createQuery("select c from Claim c where c.articleId = :a"
            + " order by c.block nulls last, c.start, c.id", Claim.class)
        .setParameter("a", articleId)
        .setFirstResult(page.firstResult())
        .setMaxResults(page.size())
        .getResultList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  /** Every claim on the article's current revision, in text order (for exports; bounded by what checkers flag). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Claim> onCurrentRevision(Actor actor, long articleId) {
    Article article = articles.find(actor, articleId);
    return onRevision(articleId, article.currentRevision());
  }

  /** Citations of the given claims, in one query, by claim id (for lists without N+1). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<Long, List<Citation>> citations(Collection<Long> claimIds) {
    Map<Long, List<Citation>> out = new HashMap<>();
    if (claimIds.isEmpty()) {
      return out;
    }
    em.createQuery("select c from Citation c where c.claimId in :ids order by c.id", Citation.class)
        .setParameter("ids", List.copyOf(new HashSet<>(claimIds)))
        .getResultList()
        .forEach(c -> out.computeIfAbsent(c.claimId(), k -> new ArrayList<>()).add(c));
    return out;
  }

  /** Gives the claim to a fact-checker assigned to the article (or an editor): IN_PROGRESS. */
  @Transactional
  public Claim assign(Actor actor, long claimId, long expectedVersion, String username) {
    Claim claim = workableClaim(actor, claimId, expectedVersion, "assign a claim");
    if (username == null || username.isBlank()) {
      throw new ValidationException("user", "required", Map.of(), "who is to check the claim");
    }
    UserAccount user = em.find(UserAccount.class, username.strip());
    boolean eligible = user != null && user.active()
        && (user.toActor().isEditor() || isAssignedChecker(user.username(), claim.articleId()));
    if (!eligible) {
      throw new UnprocessableException("notACheckerOfArticle", Map.of("user", username.strip()),
          username.strip() + " is not a fact-checker assigned to this article");
    }
    return assignTo(actor, claim, user.username());
  }

  /** The actor takes the claim on: IN_PROGRESS, assigned to them. */
  @Transactional
  public Claim startWork(Actor actor, long claimId, long expectedVersion) {
    return assignTo(actor, workableClaim(actor, claimId, expectedVersion, "start work on a claim"), actor.username());
  }

  private Claim assignTo(Actor actor, Claim claim, String username) {
    if (claim.status() == ClaimStatus.RESOLVED) {
      throw new ConflictException("claimResolved", Map.of("id", String.valueOf(claim.id())),
          "Claim " + claim.id() + " is resolved; reopen it first");
    }
    Map<String, Object> before = describe(claim);
    claim.assignTo(username, now());
    return changed(actor, claim, "claim.assigned", before, null);
  }

  /** Ties a source to the claim. Allowed in any claim status: a resolved claim may gain evidence. */
  @Transactional
  public Citation cite(Actor actor, long claimId, long sourceId, Stance stance, String locator) {
    Claim claim = workableClaim(actor, claimId, "cite a source");
    String cleanLocator = checkedLocator(stance, locator);
    try {
      sources.find(actor, sourceId);
    } catch (NotFoundException e) {
      throw new UnprocessableException("unknownSource", Map.of("id", String.valueOf(sourceId)), "There is no source " + sourceId);
    }
    OffsetDateTime now = now();
    Citation citation = new Citation(claim.id(), sourceId, stance, cleanLocator, actor.username(), now);
    em.persist(citation);
    em.flush();
    audit.record(claim.articleId(), actor.username(), now, "claim.cited", "claim:" + claim.id(), null,
        describe(citation), null);
    return citation;
  }

  /**
   * Corrects a citation's stance or locator (its source stays; cite another source instead). The
   * claim is the unit of concurrency: {@code expectedVersion} is its ETag and the change moves it.
   */
  @Transactional
  public Claim changeCitation(Actor actor, long claimId, long expectedVersion, long citationId, Stance stance,
      String locator) {
    Claim claim = workableClaim(actor, claimId, expectedVersion, "change a citation");
    Citation citation = citationOf(claim, citationId);
    String cleanLocator = checkedLocator(stance, locator);
    if (stance == citation.stance() && Objects.equals(cleanLocator, citation.locator())) {
      return claim;
    }
    Map<String, Object> before = describe(citation);
    citation.correct(stance, cleanLocator);
    OffsetDateTime now = now();
    claim.touch(now);
    em.flush();
    audit.record(claim.articleId(), actor.username(), now, "claim.citation.changed", "claim:" + claim.id(), before,
        describe(citation), null);
    return claim;
  }

  /** Takes a citation off the claim; the audit event keeps what it said. */
  @Transactional
  public Claim removeCitation(Actor actor, long claimId, long expectedVersion, long citationId) {
    Claim claim = workableClaim(actor, claimId, expectedVersion, "remove a citation");
    Citation citation = citationOf(claim, citationId);
    Map<String, Object> before = describe(citation);
    em.remove(citation);
    OffsetDateTime now = now();
    claim.touch(now);
    em.flush();
    audit.record(claim.articleId(), actor.username(), now, "claim.citation.removed", "claim:" + claim.id(), before,
        null, null);
    return claim;
  }

  /** The locator, cleaned, once the stance is there and the locator fits; else every problem at once. */
  private static String checkedLocator(Stance stance, String locator) {
    List<ValidationException.FieldError> errors = new ArrayList<>();
    if (stance == null) {
      errors.add(new ValidationException.FieldError("stance", "required", Map.of(), "SUPPORTS, REFUTES or CONTEXT"));
    }
    String clean = text("locator", locator, MAX_LOCATOR, false, true, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    return clean;
  }

  private Citation citationOf(Claim claim, long citationId) {
    Citation c = em.find(Citation.class, citationId);
    if (c == null || c.claimId() != claim.id()) {
      throw new NotFoundException("citation", citationId);
    }
    return c;
  }

  private static Map<String, Object> describe(Citation c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("citation", c.id());
    m.put("source", c.sourceId());
    m.put("stance", c.stance());
    m.put("locator", c.locator());
    return m;
  }

  /**
   * Gives the verdict: RESOLVED. {@code expectedVersion} may be null (the minimum contract sends
   * no If-Match); when given it must be current. A missing citation does not refuse the verdict but
   * keeps the article in fact-check (the guard lists it) until a source is cited.
   */
  @Transactional
  public Claim resolveClaim(Actor actor, long claimId, Long expectedVersion, Verdict verdict, String rationale) {
    Claim claim = workableClaim(actor, claimId, "resolve a claim");
    if (expectedVersion != null) {
      checkVersion(claim, expectedVersion);
    }
    List<ValidationException.FieldError> errors = new ArrayList<>();
    if (verdict == null) {
      errors.add(new ValidationException.FieldError("verdict", "required", Map.of(), "a verdict is required"));
    }
    String cleanRationale = text("rationale", rationale, MAX_RATIONALE, true, true, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    if (claim.status() == ClaimStatus.RESOLVED) {
      throw new ConflictException("claimResolved", Map.of("id", String.valueOf(claim.id())),
          "Claim " + claim.id() + " is resolved; reopen it first");
    }
    Map<String, Object> before = describe(claim);
    claim.resolve(verdict, cleanRationale, actor.username(), now());
    return changed(actor, claim, "claim.resolved", before, cleanRationale);
  }

  @Transactional
  public Claim reopen(Actor actor, long claimId, long expectedVersion, String reason) {
    Claim claim = workableClaim(actor, claimId, expectedVersion, "reopen a claim");
    List<ValidationException.FieldError> errors = new ArrayList<>();
    String why = text("reason", reason, MAX_REASON, true, true, errors);
    if (why == null) {
      throw new ValidationException("reason", "required", Map.of(), "say why the claim is reopened");
    }
    if (!errors.isEmpty()) {
      // Too long: without this the database refused it and the caller got a 500.
      throw new ValidationException(errors);
    }
    if (claim.status() != ClaimStatus.RESOLVED) {
      throw new ConflictException("claimNotResolved", Map.of("id", String.valueOf(claim.id())), "Claim " + claim.id() + " is not resolved");
    }
    Map<String, Object> before = describe(claim);
    claim.reopen(now());
    return changed(actor, claim, "claim.reopened", before, why);
  }

  /**
   * A person agrees with where re-anchoring put the claim: NEEDS_REVIEW or MOVED become ANCHORED
   * where they are; ORPHANED becomes REMOVED (the text was cut on purpose; the claim stays on record
   * and no longer blocks).
   */
  @Transactional
  public Claim confirmAnchor(Actor actor, long claimId, long expectedVersion) {
    Claim claim = workableClaim(actor, claimId, expectedVersion, "confirm a claim's place");
    if (claim.anchorState() == AnchorState.ANCHORED || claim.anchorState() == AnchorState.REMOVED) {
      return claim;
    }
    Map<String, Object> before = describe(claim);
    Anchor a = claim.anchor();
    AnchorState confirmedState = a.position() == null ? AnchorState.REMOVED : AnchorState.ANCHORED;
    Anchor confirmed = new Anchor(confirmedState, a.quote(), a.position(), 1000);
    OffsetDateTime now = now();
    claim.anchorTo(claim.revision(), confirmed, now);
    replaceHistory(claim, confirmed, now);
    return changed(actor, claim, confirmedState == AnchorState.REMOVED ? "claim.removalConfirmed"
        : "claim.anchorConfirmed", before, null);
  }

  /** Points the claim at a new quote in the current revision (for an orphaned or misplaced claim). */
  @Transactional
  public Claim moveAnchor(Actor actor, long claimId, long expectedVersion, String exact, String prefix, String suffix) {
    Claim claim = workableClaim(actor, claimId, expectedVersion, "move a claim");
    List<ValidationException.FieldError> errors = new ArrayList<>();
    String cleanExact = text("exact", exact, MAX_QUOTE, true, true, errors);
    String cleanPrefix = text("prefix", prefix, Anchoring.CONTEXT * 4, false, false, errors);
    String cleanSuffix = text("suffix", suffix, Anchoring.CONTEXT * 4, false, false, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    Article article = articles.find(actor, claim.articleId());
    Anchor anchor = Anchoring.flag(texts(currentRevision(article)), cleanExact, cleanPrefix, cleanSuffix);
    Map<String, Object> before = describe(claim);
    OffsetDateTime now = now();
    claim.anchorTo(article.currentRevision(), anchor, now);
    replaceHistory(claim, anchor, now);
    return changed(actor, claim, "claim.anchorMoved", before, null);
  }

  @Transactional
  public ClaimComment comment(Actor actor, long claimId, String body) {
    Claim claim = find(actor, claimId);
    List<ValidationException.FieldError> errors = new ArrayList<>();
    String clean = text("body", body, MAX_COMMENT, true, true, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    OffsetDateTime now = now();
    ClaimComment c = new ClaimComment(claim.id(), actor.username(), clean, now);
    em.persist(c);
    em.flush();
    audit.record(claim.articleId(), actor.username(), now, "claim.commented", "claim:" + claim.id(), null,
        Map.of("comment", c.id()), null);
    return c;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<ClaimComment> comments(Actor actor, long claimId, Page.Request page) {
    Claim claim = find(actor, claimId);
    long total = em.createQuery("select count(c) from ClaimComment c where c.claimId = :c", Long.class)
        .setParameter("c", claim.id()).getSingleResult();
    List<ClaimComment> items = em.createQuery("select c from ClaimComment c where c.claimId = :c order by c.id",
            ClaimComment.class)
        .setParameter("c", claim.id())
        .setFirstResult(page.firstResult())
        .setMaxResults(page.size())
        .getResultList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  /** The claims as anchored in one revision, in flagging order (the export of an approved revision). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<AnchoredClaim> anchoredOn(Actor actor, long articleId, int revision) {
    articles.find(actor, articleId);
    return em.createQuery("select c, a from Claim c, ClaimAnchor a where a.claimId = c.id and c.articleId = :art"
            + " and a.revision = :r order by c.id", Object[].class)
        .setParameter("art", articleId)
        .setParameter("r", revision)
        .getResultStream()
        .map(row -> new AnchoredClaim((Claim) row[0], ((ClaimAnchor) row[1]).anchor()))
        .toList();
  }

  /** Where the claim sat in every revision since it was flagged, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<ClaimAnchor> history(Actor actor, long claimId) {
    Claim claim = find(actor, claimId);
    return em.createQuery("select a from ClaimAnchor a where a.claimId = :c order by a.revision", ClaimAnchor.class)
        .setParameter("c", claim.id())
        .getResultList();
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public ClaimSummary summary(Actor actor, long articleId) {
    Article article = articles.find(actor, articleId);
    List<Claim> all = onRevision(articleId, article.currentRevision());
    Map<ClaimStatus, Long> byStatus = new EnumMap<>(ClaimStatus.class);
    Map<Verdict, Long> byVerdict = new EnumMap<>(Verdict.class);
    Map<AnchorState, Long> byAnchor = new EnumMap<>(AnchorState.class);
    for (ClaimStatus s : ClaimStatus.values()) byStatus.put(s, 0L);
    for (Verdict v : Verdict.values()) byVerdict.put(v, 0L);
    for (AnchorState s : AnchorState.values()) byAnchor.put(s, 0L);
    for (Claim c : all) {
      byStatus.merge(c.status(), 1L, Long::sum);
      byAnchor.merge(c.anchorState(), 1L, Long::sum);
      if (c.status() == ClaimStatus.RESOLVED && c.verdict() != null) {
        byVerdict.merge(c.verdict(), 1L, Long::sum);
      }
    }
    return new ClaimSummary(article.currentRevision(), all.size(), byStatus, byVerdict, byAnchor,
        blocking(all).blocking());
  }

  /** The facts for the fact-check guard: each claim on this revision that keeps the article in fact-check. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public OpenClaims openClaims(long articleId, int revision) {
    return blocking(onRevision(articleId, revision));
  }

  /** Why this claim blocks the article (FLAGGED, IN_PROGRESS, NEEDS_REVIEW, ORPHANED, NO_CITATION), or null. */
  public static String blockingReason(Claim c, boolean cited) {
    if (c.anchorState() == AnchorState.REMOVED) {
      return null; // Its text is gone from the article on purpose: nothing left to check.
    }
    if (c.anchorState().blocks()) {
      return c.anchorState().name();
    }
    if (c.status() != ClaimStatus.RESOLVED) {
      return c.status().name();
    }
    if (c.verdict() != null && c.verdict().needsCitation() && !cited) {
      return "NO_CITATION";
    }
    return null;
  }

  private OpenClaims blocking(List<Claim> claims) {
    Map<Long, List<Citation>> cited = citations(claims.stream().map(Claim::id).toList());
    List<BlockingClaim> out = new ArrayList<>();
    for (Claim c : claims) {
      String reason = blockingReason(c, cited.containsKey(c.id()));
      if (reason != null) {
        out.add(new BlockingClaim(c.id(), TextInput.truncate(c.exact(), 120, "…"), reason));
      }
    }
    return new OpenClaims(out);
  }

  /**
   * Carries every claim of the previous revision onto the new one, inside the transaction that
   * creates the revision: each gets a history row for the new revision, and none is dropped.
   */
  @Transactional
  public void reanchorAll(@Observes RevisionCreated event) {
    if (event.previous() == 0) {
      return;
    }
    List<Claim> claims = em.createQuery("select c from Claim c where c.articleId = :a and c.revision = :r"
            + " order by c.id", Claim.class)
        .setParameter("a", event.articleId())
        .setParameter("r", event.previous())
        .getResultList();
    if (claims.isEmpty()) {
      return;
    }
    List<String> blocks = texts(revision(event.articleId(), event.current()));
    OffsetDateTime now = now();
    for (Claim claim : claims) {
      Anchor before = claim.anchor();
      Anchor after = Anchoring.reanchor(before, blocks);
      Map<String, Object> was = describe(claim);
      claim.anchorTo(event.current(), after, now);
      em.persist(new ClaimAnchor(claim.id(), event.current(), after, now));
      if (after.state() != AnchorState.ANCHORED || !after.equals(new Anchor(AnchorState.ANCHORED, before.quote(),
          before.position(), 1000))) {
        Map<String, Object> is = describe(claim);
        is.put("similarity", after.similarity());
        audit.record(claim.articleId(), event.actor(), now, "claim.reanchored", "claim:" + claim.id(), was, is,
            "revision " + event.current());
      }
    }
    em.flush();
  }

  /** Same-revision anchor changes replace that revision's history row, so there is one per (claim, revision). */
  private void replaceHistory(Claim claim, Anchor anchor, OffsetDateTime now) {
    em.createQuery("delete from ClaimAnchor a where a.claimId = :c and a.revision = :r")
        .setParameter("c", claim.id())
        .setParameter("r", claim.revision())
        .executeUpdate();
    em.persist(new ClaimAnchor(claim.id(), claim.revision(), anchor, now));
  }

  private Claim changed(Actor actor, Claim claim, String action, Map<String, Object> before, String note) {
    em.flush();
    audit.record(claim.articleId(), actor.username(), claim.updatedAt(), action, "claim:" + claim.id(), before,
        describe(claim), note);
    return claim;
  }

  private Claim workableClaim(Actor actor, long claimId, long expectedVersion, String action) {
    Claim claim = workableClaim(actor, claimId, action);
    checkVersion(claim, expectedVersion);
    return claim;
  }

  /** The claim, if the actor may work on it now; a claim of an article the actor cannot see is a 404. */
  private Claim workableClaim(Actor actor, long claimId, String action) {
    return claim(claimId, articleId -> workable(actor, articleId, action));
  }

  /**
   * The article, if the actor may work on its claims now (404 unseen, 403 not theirs, 409 closed).
   * Editors and assigned fact-checkers may read the article too, so the read permission is asked
   * of the database only for those about to be refused (404 or 403).
   */
  Article workable(Actor actor, long articleId, String action) {
    Article article = em.find(Article.class, articleId);
    boolean mayWork = article != null && (actor.isEditor()
        || (actor.has(Role.FACT_CHECKER) && isAssignedChecker(actor.username(), articleId)));
    if (!mayWork) {
      if (article == null || !articles.canRead(actor, article)) {
        throw new NotFoundException("article", articleId);
      }
      throw new ForbiddenException(action, "only editors and the fact-checkers assigned to the article may " + action);
    }
    if (!article.state().editable()) {
      throw new ConflictException("claimsClosed", Map.of("state", article.state().name()),
          "Claims of an article in " + article.state() + " cannot change; reopen the article first");
    }
    return article;
  }

  private boolean isAssignedChecker(String username, long articleId) {
    return !em.createQuery("select s.id from Assignment s where s.articleId = :a and s.assignee = :u"
            + " and s.role = :r and s.endedAt is null", Long.class)
        .setParameter("a", articleId)
        .setParameter("u", username)
        .setParameter("r", AssignmentRole.FACT_CHECKER)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  private List<Claim> onRevision(long articleId, int revision) {
    return em.createQuery("select c from Claim c where c.articleId = :a and c.revision = :r"
            + " order by c.block nulls last, c.start, c.id", Claim.class)
        .setParameter("a", articleId)
        .setParameter("r", revision)
        .getResultList();
  }

  Revision currentRevision(Article article) {
    return revision(article.id(), article.currentRevision());
  }

  private Revision revision(long articleId, int number) {
    return em.createQuery("select r from Revision r where r.articleId = :a and r.number = :n", Revision.class)
        .setParameter("a", articleId)
        .setParameter("n", number)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new NotFoundException("revision", articleId + "/" + number));
  }

  static List<String> texts(Revision revision) {
    return revision.blocks().stream().map(Block::text).toList();
  }

  private static void checkVersion(Claim claim, long expected) {
    if (claim.version() != expected) {
      throw new StaleVersionException("claim", claim.id(), expected, claim.version());
    }
  }

  /** NFC, no control characters, bounded; {@code strip} only where surrounding spaces carry no meaning. */
  static String text(String field, String raw, int max, boolean required, boolean strip,
      List<ValidationException.FieldError> errors) {
    if (raw == null || raw.isEmpty() || (strip && raw.isBlank())) {
      if (required) {
        errors.add(new ValidationException.FieldError(field, "required", Map.of(), "is required"));
      }
      return null;
    }
    String s = TextInput.clean(strip ? raw.strip() : raw);
    if (s.codePointCount(0, s.length()) > max) {
      errors.add(new ValidationException.FieldError(field, "tooLong", Map.of("max", max), "at most " + max + " characters"));
    }
    return s;
  }

  static Map<String, Object> describe(Claim c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("status", c.status());
    m.put("anchor", c.anchorState());
    m.put("revision", c.revision());
    m.put("block", c.anchor().position() == null ? null : c.anchor().position().block());
    m.put("start", c.anchor().position() == null ? null : c.anchor().position().start());
    m.put("end", c.anchor().position() == null ? null : c.anchor().position().end());
    m.put("verdict", c.verdict());
    m.put("assignee", c.assignee());
    return m;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
