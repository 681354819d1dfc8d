package org.factdesk.workflow.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One event, shown to one person in the app, read or not. At most one per event and person. */
@Entity
@Table(name = "notification")
public class Notification {
  @Id
  @SequenceGenerator(name = "notification_id", sequenceName = "notification_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "notification_id")
  @Column(name = "id")
  private Long id;

  @Column(name = "username", updatable = false)
  private String username;

  @Column(name = "event_id", updatable = false)
  private long eventId;

  @Column(name = "read_at")
  private OffsetDateTime readAt;

  protected Notification() {}

  Notification(String username, long eventId) {
    this.username = username;
    this.eventId = eventId;
  }

  public Long id() {
    return id;
  }

  public String username() {
    return username;
  }

  public long eventId() {
    return eventId;
  }

  public OffsetDateTime readAt() {
    return readAt;
  }
}
