package org.factdesk.workflow.claim;

import com.ibm.icu.text.Normalizer2;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.i18n.TextSpan;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleAccess;
import org.factdesk.workflow.article.Revisions;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.ConflictException;
import org.factdesk.workflow.common.FieldErrors;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.user.Actor;

/** Check-worthy sentences of an article's current revision, and what fact-checkers did with them. */
@ApplicationScoped
public class SuggestionService {
  /** At most this many suggestions per article: a ranked shortlist, not the whole text. */
  public static final int MAX = 50;

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject ArticleAccess access;
  @Inject Revisions revisions;
  @Inject ClaimService claims;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** Ranked suggestions, leaving out dismissed sentences and sentences that overlap a claim. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Suggestion> suggest(Actor actor, long articleId) {
    Article article = access.readable(actor, articleId);
    Set<String> dismissed = new HashSet<>(em.createQuery("select d.sentenceHash from SuggestionDismissal d"
            + " where d.articleId = :a", String.class)
        .setParameter("a", articleId)
        .getResultList());
    List<TextPosition> claimed = claimed(article);
    List<Suggestion> out = new ArrayList<>();
    for (Suggestion s : all(article)) {
      if (!dismissed.contains(s.id()) && claimed.stream().noneMatch(p -> overlaps(p, s.position()))) {
        out.add(s);
      }
    }
    out.sort(Comparator.comparingDouble(Suggestion::score).reversed()
        .thenComparingInt(s -> s.position().block()).thenComparingInt(s -> s.position().start()));
    return out.size() > MAX ? out.subList(0, MAX) : out;
  }

  /** Turns the suggested sentence into a claim (flagged by the actor, with the given reason or the features). */
  @Transactional
  public Claim accept(Actor actor, long articleId, String suggestionId, String reason) {
    Article article = access.forSettling(actor, articleId, "accept a suggestion");
    Suggestion s = byId(article, suggestionId);
    if (claimed(article).stream().anyMatch(p -> overlaps(p, s.position()))) {
      throw new ConflictException("alreadyClaimed", Map.of("text", s.text()),
          "A claim already covers this sentence: " + s.text());
    }
    FieldErrors errors = new FieldErrors();
    String why = errors.optional("reason", reason, ClaimService.MAX_REASON);
    errors.throwIfAny();
    if (why == null) {
      why = "Suggested: " + String.join(", ", s.features().keySet());
    }
    String block = Claims.texts(revisions.current(article)).get(s.position().block());
    int start = block.offsetByCodePoints(0, s.position().start());
    int end = block.offsetByCodePoints(start, s.position().end() - s.position().start());
    return claims.flagSpan(actor, article, s.position().block(), start, end, why);
  }

  /** Remembers that this sentence is not worth checking in this article (dismissing twice is harmless). */
  @Transactional
  public void dismiss(Actor actor, long articleId, String suggestionId) {
    Article article = access.forSettling(actor, articleId, "dismiss a suggestion");
    Suggestion s = byId(article, suggestionId);
    boolean known = !em.createQuery("select d.id from SuggestionDismissal d where d.articleId = :a"
            + " and d.sentenceHash = :h", Long.class)
        .setParameter("a", articleId)
        .setParameter("h", s.id())
        .getResultList()
        .isEmpty();
    if (known) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    em.persist(new SuggestionDismissal(articleId, s.id(), actor.username(), now));
    em.flush();
    audit.record(articleId, actor.username(), now, "suggestion.dismissed", "sentence:" + s.id(), null,
        Map.of("text", s.text()), null);
  }

  /** Where the claims on the current revision sit (orphans have no place). */
  private List<TextPosition> claimed(Article article) {
    return em.createQuery("select c from Claim c where c.articleId = :a and c.revision = :r", Claim.class)
        .setParameter("a", article.id())
        .setParameter("r", article.currentRevision())
        .getResultStream()
        .map(c -> c.anchor().position())
        .filter(p -> p != null)
        .toList();
  }

  private Suggestion byId(Article article, String id) {
    return all(article).stream().filter(s -> s.id().equals(id)).findFirst()
        .orElseThrow(() -> new NotFoundException("suggestion", id));
  }

  private List<Suggestion> all(Article article) {
    LanguageTag language = LanguageTag.parse(article.language());
    List<String> blocks = Claims.texts(revisions.current(article));
    List<Suggestion> out = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      String text = blocks.get(b);
      for (CheckWorthiness.Scored scored : CheckWorthiness.rank(text, language)) {
        TextSpan span = scored.sentence();
        TextPosition p = new TextPosition(b, span.startCodePoint(text), span.endCodePoint(text));
        out.add(new Suggestion(hash(span.text()), p, span.text(), scored.score(), scored.features()));
      }
    }
    return out;
  }

  private static boolean overlaps(TextPosition a, TextPosition b) {
    return a.block() == b.block() && a.start() < b.end() && b.start() < a.end();
  }

  static String hash(String sentence) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256")
          .digest(Normalizer2.getNFCInstance().normalize(sentence.strip()).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
