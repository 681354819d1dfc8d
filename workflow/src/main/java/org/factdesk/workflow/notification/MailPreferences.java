package org.factdesk.workflow.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.workflow.common.ForbiddenException;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.Role;

/**
 * Who gets mail where and how: the address (admins set it), the language mail is written in and the
 * delivery per event type (each person sets their own; no choice means immediately).
 */
@ApplicationScoped
public class MailPreferences {
  public static final int MAX_EMAIL = 254;

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  /** A person's address and mail language (either may be null). */
  public record Contact(String email, String language) {}

  @Transactional(Transactional.TxType.SUPPORTS)
  public Contact contact(String username) {
    @SuppressWarnings("unchecked")
    // The account's interface language (issue 15) decides; the one sent with the preferences is a fallback.
    List<Object[]> rows = em.createNativeQuery("SELECT c.email, COALESCE(u.ui_language, c.language) FROM app_user u"
            + " LEFT JOIN user_contact c ON c.username = u.username WHERE u.username = ?")
        .setParameter(1, username)
        .getResultList();
    return rows.isEmpty() ? new Contact(null, null) : new Contact((String) rows.get(0)[0], (String) rows.get(0)[1]);
  }

  /** Admins set (or, with null or "", remove) a person's address. */
  @Transactional
  public void setEmail(Actor actor, String username, String email) {
    if (!actor.has(Role.ADMIN)) {
      throw new ForbiddenException("set an e-mail address", "only admins set e-mail addresses");
    }
    if (em.createNativeQuery("SELECT username FROM app_user WHERE username = ?").setParameter(1, username)
        .getResultList().isEmpty()) {
      throw new NotFoundException("user", username);
    }
    String clean = email == null || email.isBlank() ? null : email.strip();
    if (clean != null && (clean.length() > MAX_EMAIL || !clean.matches("[^@\\s<>\"(),;:\\\\]+@[^@\\s<>\"(),;:\\\\]+\\.[^@\\s<>\"(),;:\\\\]+"))) {
      throw new ValidationException("email", "email", Map.of(), "an address like name@example.org");
    }
    upsert(username, "email", clean);
  }

  private void upsert(String username, String column, String value) {
    int changed = em.createNativeQuery("UPDATE user_contact SET " + column + " = ? WHERE username = ?")
        .setParameter(1, value)
        .setParameter(2, username)
        .executeUpdate();
    if (changed == 0) {
      em.createNativeQuery("INSERT INTO user_contact (username, " + column + ") VALUES (?, ?)")
          .setParameter(1, username)
          .setParameter(2, value)
          .executeUpdate();
    }
  }

  /** Every notifiable type with the person's choice for it. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Map<String, Delivery> deliveries(String username) {
    Map<String, Delivery> all = new LinkedHashMap<>();
    DomainEvents.NOTIFIABLE.forEach(t -> all.put(t, Delivery.IMMEDIATE));
    @SuppressWarnings("unchecked")
    List<Object[]> rows = em.createNativeQuery("SELECT event_type, delivery FROM notification_preference"
            + " WHERE username = ?")
        .setParameter(1, username)
        .getResultList();
    rows.forEach(r -> all.computeIfPresent((String) r[0], (k, v) -> Delivery.valueOf((String) r[1])));
    return all;
  }

  /**
   * A person's own settings, all or nothing: the mail language (null keeps it) and a delivery per
   * event type. Every choice is checked before anything is written, so a refused request changes nothing.
   */
  @Transactional
  public Map<String, Delivery> choose(Actor actor, String language, Map<String, Delivery> choices) {
    for (String type : choices.keySet()) {
      if (!DomainEvents.notifiable(type)) {
        throw new ValidationException("kinds", "unknownEventType", Map.of("type", type), "unknown event type " + type);
      }
    }
    if (language != null) {
      upsert(actor.username(), "language", language);
    }
    for (var c : choices.entrySet()) {
      em.createNativeQuery("DELETE FROM notification_preference WHERE username = ? AND event_type = ?")
          .setParameter(1, actor.username())
          .setParameter(2, c.getKey())
          .executeUpdate();
      em.createNativeQuery("INSERT INTO notification_preference (username, event_type, delivery) VALUES (?, ?, ?)")
          .setParameter(1, actor.username())
          .setParameter(2, c.getKey())
          .setParameter(3, c.getValue().name())
          .executeUpdate();
    }
    return deliveries(actor.username());
  }
}
