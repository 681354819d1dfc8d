package org.factdesk.workflow.assignment;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.factdesk.workflow.editorial.AssignmentRole;

/** Who works on an article now: the one place that asks the database about active assignments. */
@ApplicationScoped
public class Staff {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  /** The active assignments of an article, oldest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<Assignment> active(long articleId) {
    return em.createQuery("select s from Assignment s where s.articleId = :a and s.endedAt is null order by s.id",
            Assignment.class)
        .setParameter("a", articleId)
        .getResultList();
  }

  /** The parts this person holds on the article now (empty: none). */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Set<AssignmentRole> partsOf(long articleId, String username) {
    List<AssignmentRole> roles = em.createQuery("select s.role from Assignment s where s.articleId = :a"
            + " and s.assignee = :me and s.endedAt is null", AssignmentRole.class)
        .setParameter("a", articleId)
        .setParameter("me", username)
        .getResultList();
    return roles.isEmpty() ? Set.of() : EnumSet.copyOf(roles);
  }

  /** The languages the article must be translated into: one per active translator, sorted. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<String> translationLanguages(long articleId) {
    return em.createQuery("select distinct s.language from Assignment s where s.articleId = :a"
            + " and s.endedAt is null and s.role = :role order by s.language", String.class)
        .setParameter("a", articleId)
        .setParameter("role", AssignmentRole.TRANSLATOR)
        .getResultList();
  }
}
