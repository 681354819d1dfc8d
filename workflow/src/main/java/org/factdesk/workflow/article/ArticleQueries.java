package org.factdesk.workflow.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.workflow.access.AccessPolicy;
import org.factdesk.workflow.audit.AuditEvent;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.user.Actor;

/** Reading articles: one, the list, their revisions, diffs and sign-offs, each as the reader may see it. */
@ApplicationScoped
public class ArticleQueries {
  private static final Set<String> SIGN_OFFS = Set.of("passReview", "passFactCheck", "approve");

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject ArticleAccess access;
  @Inject Revisions revisions;

  @Transactional(Transactional.TxType.SUPPORTS)
  public Article find(Actor actor, long id) {
    return access.readable(actor, id);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Revision revision(Actor actor, long id, int number) {
    return revisions.of(find(actor, id).id(), number);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Revision> revisions(Actor actor, long id, Page.Request page) {
    return revisions.page(find(actor, id), page);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public RevisionDiff diff(Actor actor, long id, int from, int to) {
    Article article = find(actor, id);
    return RevisionDiff.between(revisions.of(id, from), revisions.of(id, to), LanguageTag.parse(article.language()));
  }

  /**
   * Who moved this revision through review, fact-check and approval, in order, read back from the
   * audit trail (the record of what happened, so nothing can disagree with it).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SignOff> signOffs(Actor actor, long id, int revision) {
    Article article = find(actor, id);
    List<SignOff> result = new ArrayList<>();
    for (AuditEvent e : em.createQuery("select e from AuditEvent e where e.articleId = :a and e.action = :t order by e.id",
            AuditEvent.class)
        .setParameter("a", article.id())
        .setParameter("t", "article.transitioned")
        .getResultList()) {
      if (SIGN_OFFS.contains(e.subject()) && e.after() != null && revisionOf(e.after()) == revision) {
        result.add(new SignOff(e.actor(), e.subject(), revision, e.occurredAt()));
      }
    }
    return result;
  }

  private static int revisionOf(String json) {
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject().getInt("revision", -1);
    }
  }

  /** Articles the actor may see, most recently changed first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Article> list(Actor actor, ArticleFilter filter, Page.Request page) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (!AccessPolicy.seesEveryArticle(actor)) {
      where.append(" and exists (select s.id from Assignment s where s.articleId = a.id and s.assignee = :me"
          + " and s.endedAt is null)");
      params.put("me", actor.username());
    }
    if (filter.state() != null) {
      where.append(" and a.state = :state");
      params.put("state", filter.state());
    }
    if (filter.language() != null) {
      where.append(" and a.language = :language");
      params.put("language", filter.language());
    }
    if (filter.desk() != null) {
      where.append(" and a.desk = :desk");
      params.put("desk", filter.desk());
    }
    if (filter.titleContains() != null && !filter.titleContains().isBlank()) {
      Long id = filter.id();
      where.append(id == null ? " and (lower(a.title) like :q)" : " and (lower(a.title) like :q or a.id = :id)");
      params.put("q", "%" + filter.titleContains().strip().toLowerCase(Locale.ROOT)
          .replace("%", "").replace("_", "") + "%");
      if (id != null) {
        params.put("id", id);
      }
    }
    if (filter.author() != null) {
      where.append(" and a.author = :author");
      params.put("author", filter.author());
    }
    if (filter.dueBefore() != null) {
      where.append(" and a.deadline < :dueBefore");
      params.put("dueBefore", filter.dueBefore());
    }
    ArticleFilter.Sort sort = filter.sort() == null ? ArticleFilter.Sort.UPDATED : filter.sort();
    TypedQuery<Long> count = em.createQuery("select count(a) from Article a" + where, Long.class);
    TypedQuery<Article> list =
        em.createQuery("select a from Article a" + where + " order by " + sort.order, Article.class);
    params.forEach((k, v) -> {
      count.setParameter(k, v);
      list.setParameter(k, v);
    });
    return new Page<>(list.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList(),
        page.page(), page.size(), count.getSingleResult());
  }
}
