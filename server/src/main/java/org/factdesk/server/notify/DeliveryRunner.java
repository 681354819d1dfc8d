package org.factdesk.server.notify;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.server.config.InstanceName;
import org.factdesk.workflow.notification.Channel;
import org.factdesk.workflow.notification.Dispatches;
import org.factdesk.workflow.notification.MailQueue;
import org.factdesk.workflow.notification.NotificationService;
import org.factdesk.workflow.notification.OutboxWritten;
import org.factdesk.workflow.notification.WebhookService;

/**
 * Takes outbox work on this instance: right after a change commits here, and in a sweep that finds
 * work nobody holds (new on another instance, left by one that died, or a webhook retry now due).
 * What each instance does is decided by the leases in the database; this JVM only avoids running
 * two loops of its own at once.
 */
@ApplicationScoped
public class DeliveryRunner {
  private static final Logger LOG = Logger.getLogger(DeliveryRunner.class.getName());
  private static final int BATCH = 50;

  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Dispatches dispatches;
  @Inject NotificationService notifications;
  @Inject WebhookService webhooks;
  @Inject WebhookSender sender;
  @Inject MailQueue mailQueue;
  @Inject MailSender mail;

  @Inject
  @ConfigProperty(name = "FACTDESK_DELIVERY_LEASE_SECONDS", defaultValue = "60")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "FACTDESK_DELIVERY_SWEEP_SECONDS", defaultValue = "5")
  long sweepSeconds;

  private final String instance = InstanceName.create();
  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private ScheduledFuture<?> sweep;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
      Object ignored) {
    sweep = scheduler.scheduleWithFixedDelay(this::kick, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
    LOG.info("Deliveries: instance " + instance + ", lease " + leaseSeconds + " s, sweep every " + sweepSeconds + " s");
  }

  @PreDestroy
  void stop() {
    if (sweep != null) {
      sweep.cancel(false);
    }
  }

  /** A notifiable event committed here: deliver it now rather than at the next sweep. */
  void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) OutboxWritten written) {
    if (written.notifiable()) {
      executor.execute(this::kick);
    }
  }

  public String instance() {
    return instance;
  }

  /** Runs the loop, or asks the running one to go round once more. */
  void kick() {
    if (!running.compareAndSet(false, true)) {
      again.set(true);
      return;
    }
    try {
      do {
        again.set(false);
        drain();
      } while (again.get());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Delivery stopped; the next sweep resumes it", e);
    } finally {
      running.set(false);
    }
  }

  private void drain() {
    Duration lease = Duration.ofSeconds(leaseSeconds);
    List<Dispatches.Claimed> claimed;
    while (!(claimed = dispatches.claim(instance, lease, BATCH)).isEmpty()) {
      for (Dispatches.Claimed c : claimed) {
        switch (c.channel()) {
          case Channel.IN_APP -> notifications.deliver(c, instance);
          case Channel.WEBHOOK -> webhooks.fanOut(c, instance);
          case Channel.EMAIL -> {
            if (mail.configured()) {
              mailQueue.enqueue(c, instance, mail.nextDigestAt());
            } else {
              mailQueue.skip(c, instance);
            }
          }
          default -> LOG.warning("No channel " + c.channel() + " on this version; left for one that has it");
        }
      }
    }
    sender.sendDue(instance, lease);
    mail.sendDue(instance, lease);
  }
}
