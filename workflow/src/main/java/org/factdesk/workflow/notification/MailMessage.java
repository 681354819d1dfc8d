package org.factdesk.workflow.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One event to mail to one person; created here, then claimed and finished by {@link MailQueue}'s UPDATEs. */
@Entity
@Table(name = "mail_message")
public class MailMessage {
  @Id
  @SequenceGenerator(name = "mail_message_id", sequenceName = "mail_message_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "mail_message_id")
  @Column(name = "id")
  private Long id;

  @Column(name = "username", updatable = false)
  private String username;

  @Column(name = "event_id", updatable = false)
  private long eventId;

  @Column(name = "delivery", updatable = false)
  private String delivery;

  @Column(name = "state")
  private String state = "PENDING";

  @Column(name = "attempts")
  private int attempts;

  @Column(name = "next_attempt_at")
  private long nextAttemptAt;

  @Column(name = "lease_until")
  private long leaseUntil;

  protected MailMessage() {}

  MailMessage(String username, long eventId, Delivery delivery, long nextAttemptAt) {
    this.username = username;
    this.eventId = eventId;
    this.delivery = delivery.name();
    this.nextAttemptAt = nextAttemptAt;
  }

  public Long id() {
    return id;
  }
}
