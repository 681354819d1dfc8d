package org.factdesk.workflow.notification;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;
import java.util.Set;

/**
 * Which audit actions are domain events, and under what dotted name. Every change to an article goes
 * to the outbox (live screens show all of them); the {@link #NOTIFIABLE} ones also reach people and
 * webhooks.
 */
public final class DomainEvents {
  public static final String ASSIGNMENT_CREATED = "assignment.created";
  public static final String ASSIGNMENT_DUE_SOON = "assignment.due_soon";
  public static final String ASSIGNMENT_OVERDUE = "assignment.overdue";
  public static final String ARTICLE_RETURNED = "article.returned";
  public static final String ARTICLE_APPROVED = "article.approved";
  public static final String ARTICLE_CORRECTED = "article.corrected";
  public static final String ARTICLE_WITHDRAWN = "article.withdrawn";
  public static final String CLAIM_FLAGGED = "claim.flagged";
  public static final String CLAIM_NEEDS_RECHECK = "claim.needs_recheck";
  public static final String CLAIM_RESOLVED = "claim.resolved";
  public static final String TRANSLATION_STALE = "translation.stale";
  public static final String TRANSLATION_SUBMITTED = "translation.submitted";
  public static final String TRANSLATION_APPROVED = "translation.approved";

  /** The events people are told about and webhooks may subscribe to, in a stable order. */
  public static final List<String> NOTIFIABLE = List.of(ASSIGNMENT_CREATED, ASSIGNMENT_DUE_SOON,
      ASSIGNMENT_OVERDUE, ARTICLE_RETURNED, ARTICLE_APPROVED,
      ARTICLE_CORRECTED, ARTICLE_WITHDRAWN, CLAIM_FLAGGED, CLAIM_NEEDS_RECHECK, CLAIM_RESOLVED, TRANSLATION_STALE,
      TRANSLATION_SUBMITTED, TRANSLATION_APPROVED);

  /** Audit actions that record no change to the article (reading it out is not changing it). */
  private static final Set<String> NOT_CHANGES = Set.of("article.exported");

  private DomainEvents() {}

  public static boolean notifiable(String type) {
    return NOTIFIABLE.contains(type);
  }

  /**
   * The event type of an audit action on an article, or null if it is none. {@code subject} is the
   * audit subject (a transition's action name); {@code before} and {@code after} its snapshots.
   */
  public static String typeOf(Long articleId, String action, String subject, JsonObject before, JsonObject after) {
    if (articleId == null || NOT_CHANGES.contains(action)) {
      return null;
    }
    return switch (action) {
      case "article.transitioned" -> transition(subject, text(before, "state"), text(after, "state"));
      case "claim.reanchored" -> "NEEDS_RECHECK".equals(text(after, "status"))
          && !"NEEDS_RECHECK".equals(text(before, "status")) ? CLAIM_NEEDS_RECHECK : action;
      case "claim.resolved", "claim.rechecked", "claim.recheckConfirmed" -> CLAIM_RESOLVED;
      default -> action;
    };
  }

  private static String transition(String move, String from, String to) {
    if ("requestChanges".equals(move)) {
      return ARTICLE_RETURNED;
    }
    if ("APPROVED".equals(to)) {
      return "CORRECTION".equals(from) ? ARTICLE_CORRECTED : ARTICLE_APPROVED;
    }
    if ("WITHDRAWN".equals(to)) {
      return ARTICLE_WITHDRAWN;
    }
    return "article.transitioned";
  }

  static String text(JsonObject o, String key) {
    if (o == null || !o.containsKey(key) || o.isNull(key)) {
      return null;
    }
    return o.get(key) instanceof JsonString s ? s.getString() : o.get(key).toString();
  }

  /** A stored JSON object, or null for none. */
  public static JsonObject parse(String json) {
    if (json == null || json.isEmpty()) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }
}
