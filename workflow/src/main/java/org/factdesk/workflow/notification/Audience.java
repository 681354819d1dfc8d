package org.factdesk.workflow.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleAccess;
import org.factdesk.workflow.assignment.Assignment;
import org.factdesk.workflow.assignment.Staff;
import org.factdesk.workflow.user.UserService;

/** Who is told of an event, in any channel: its {@link Recipients} who are active and may read the article. */
@ApplicationScoped
public class Audience {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Staff staff;
  @Inject ArticleAccess access;
  @Inject UserService users;

  @Transactional(Transactional.TxType.MANDATORY)
  public List<String> of(OutboxEvent event) {
    Article article = em.find(Article.class, event.articleId());
    if (article == null) {
      return List.of();
    }
    var active = staff.active(article.id()).stream().map(Assignment::toStaffing).toList();
    List<String> readers = new ArrayList<>();
    for (String username : Recipients.of(event.type(), event.actor(), article.author(), active,
        DomainEvents.parse(event.details()))) {
      users.actor(username).filter(a -> access.mayRead(a, article)).ifPresent(a -> readers.add(username));
    }
    return readers;
  }
}
