package org.factdesk.workflow.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.FieldErrors;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.UnprocessableException;
import org.factdesk.workflow.source.Citation;
import org.factdesk.workflow.source.SourceService;
import org.factdesk.workflow.source.Stance;
import org.factdesk.workflow.user.Actor;

/**
 * The sources a claim rests on: cite, correct or remove a citation. Who may is who may work on the
 * claim; a resolved claim may still gain evidence.
 */
@ApplicationScoped
public class CitationService {
  public static final int MAX_LOCATOR = 1_000;

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Claims claims;
  @Inject SourceService sources;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Ties a source to the claim. Allowed in any claim status: a resolved claim may gain evidence. */
  @Transactional
  public Citation cite(Actor actor, long claimId, long sourceId, Stance stance, String locator) {
    Claim claim = claims.workable(actor, claimId, "cite a source");
    String cleanLocator = checkedLocator(stance, locator);
    try {
      sources.find(actor, sourceId);
    } catch (NotFoundException e) {
      throw new UnprocessableException("unknownSource", Map.of("id", String.valueOf(sourceId)), "There is no source " + sourceId);
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    Citation citation = new Citation(claim.id(), sourceId, stance, cleanLocator, actor.username(), now);
    em.persist(citation);
    em.flush();
    audit.record(claim.articleId(), actor.username(), now, "claim.cited", "claim:" + claim.id(), null,
        citation.snapshot(), null);
    return citation;
  }

  /**
   * Corrects a citation's stance or locator (its source stays; cite another source instead). The
   * claim is the unit of concurrency: {@code expectedVersion} is its ETag and the change moves it.
   */
  @Transactional
  public Claim changeCitation(Actor actor, long claimId, long expectedVersion, long citationId, Stance stance,
      String locator) {
    Claim claim = claims.workable(actor, claimId, expectedVersion, "change a citation");
    Citation citation = citationOf(claim, citationId);
    String cleanLocator = checkedLocator(stance, locator);
    if (stance == citation.stance() && Objects.equals(cleanLocator, citation.locator())) {
      return claim;
    }
    Map<String, Object> before = citation.snapshot();
    citation.correct(stance, cleanLocator);
    return touched(actor, claim, "claim.citation.changed", before, citation.snapshot());
  }

  /** Takes a citation off the claim; the audit event keeps what it said. */
  @Transactional
  public Claim removeCitation(Actor actor, long claimId, long expectedVersion, long citationId) {
    Claim claim = claims.workable(actor, claimId, expectedVersion, "remove a citation");
    Citation citation = citationOf(claim, citationId);
    Map<String, Object> before = citation.snapshot();
    em.remove(citation);
    return touched(actor, claim, "claim.citation.removed", before, null);
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

  /** A change to what the claim rests on moves the claim's version, so stale edits are refused. */
  private Claim touched(Actor actor, Claim claim, String action, Map<String, Object> before,
      Map<String, Object> after) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    claim.touch(now);
    audit.lockChain(claim.articleId()); // before the claim's row: every writer locks the article first
    em.flush();
    audit.record(claim.articleId(), actor.username(), now, action, "claim:" + claim.id(), before, after, null);
    return claim;
  }

  /** The locator, cleaned, once the stance is there and the locator fits; else every problem at once. */
  private static String checkedLocator(Stance stance, String locator) {
    FieldErrors errors = new FieldErrors();
    if (stance == null) {
      errors.add("stance", "required", Map.of(), "SUPPORTS, REFUTES or CONTEXT");
    }
    String clean = errors.optional("locator", locator, MAX_LOCATOR);
    errors.throwIfAny();
    return clean;
  }

  private Citation citationOf(Claim claim, long citationId) {
    Citation c = em.find(Citation.class, citationId);
    if (c == null || c.claimId() != claim.id()) {
      throw new NotFoundException("citation", citationId);
    }
    return c;
  }
}
