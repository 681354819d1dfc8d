package org.factdesk.workflow.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.user.Actor;

/** In-app notifications: the channel that stores them, and each person's list, unread count and reading. */
@ApplicationScoped
public class NotificationService {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Dispatches dispatches;
  @Inject Audience audience;
  @Inject Clock clock;

  /** One notification with its event and the article's title, for the list. */
  public record Item(Notification notification, OutboxEvent event, String title) {}

  /**
   * The in-app channel's work for one claimed event: a notification for each recipient who may read
   * the article, committed with the dispatch row marked done (in {@link DeliveryBatch}'s transaction).
   * Returns how many were stored.
   */
  @Transactional(Transactional.TxType.MANDATORY)
  public int deliver(Dispatches.Claimed claimed, String instance) {
    if (!dispatches.complete(claimed, instance)) {
      return 0;
    }
    OutboxEvent event = em.find(OutboxEvent.class, claimed.eventId());
    int stored = 0;
    for (String username : event == null ? List.<String>of() : audience.of(event)) {
      em.persist(new Notification(username, event.id()));
      stored++;
    }
    return stored;
  }

  /** The actor's notifications, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Item> list(Actor actor, boolean unreadOnly, Page.Request page) {
    String unread = unreadOnly ? " and n.readAt is null" : "";
    long total = em.createQuery("select count(n) from Notification n where n.username = :me" + unread, Long.class)
        .setParameter("me", actor.username())
        .getSingleResult();
    List<Object[]> rows = em.createQuery("select n, e, a.title from Notification n, OutboxEvent e, Article a"
            + " where n.username = :me and e.id = n.eventId and a.id = e.articleId" + unread + " order by n.id desc",
            Object[].class)
        .setParameter("me", actor.username())
        .setFirstResult(page.firstResult())
        .setMaxResults(page.size())
        .getResultList();
    List<Item> items = rows.stream().map(r -> new Item((Notification) r[0], (OutboxEvent) r[1], (String) r[2])).toList();
    return new Page<>(items, page.page(), page.size(), total);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public long unread(Actor actor) {
    return em.createQuery("select count(n) from Notification n where n.username = :me and n.readAt is null", Long.class)
        .setParameter("me", actor.username())
        .getSingleResult();
  }

  /** Marks the actor's own notifications read (all of them when {@code ids} is null); others' are untouched. */
  @Transactional
  public long markRead(Actor actor, List<Long> ids) {
    String which = ids == null ? "" : " and n.id in :ids";
    if (ids == null || !ids.isEmpty()) {
      var update = em.createQuery("update Notification n set n.readAt = :now where n.username = :me"
              + " and n.readAt is null" + which)
          .setParameter("now", OffsetDateTime.now(clock))
          .setParameter("me", actor.username());
      if (ids != null) {
        update.setParameter("ids", ids);
      }
      update.executeUpdate();
    }
    return unread(actor);
  }
}
