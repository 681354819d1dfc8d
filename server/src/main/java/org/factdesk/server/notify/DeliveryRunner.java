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
import org.factdesk.workflow.notification.DeliveryBatch;
import org.factdesk.workflow.notification.Dispatches;
import org.factdesk.workflow.notification.OutboxWritten;

/**
 * Takes outbox work on this instance: right after a change commits here, and in a sweep that finds
 * work nobody holds (new on another instance, left by one that died, or a webhook retry now due).
 * What each instance does is decided by the leases in the database; this JVM only avoids running
 * two loops of its own at once. A kick after a commit does only that commit's work (a claim and one
 * batch transaction); webhook retries and digests that fall due are the sweep's.
 */
@ApplicationScoped
public class DeliveryRunner {
  private static final Logger LOG = Logger.getLogger(DeliveryRunner.class.getName());
  private static final int BATCH = 50;

  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Dispatches dispatches;
  @Inject DeliveryBatch batch;
  @Inject WebhookSender sender;
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
  /** Set by the sweep: look for webhook attempts and mails that fell due since (retries, digests). */
  private final AtomicBoolean sweeping = new AtomicBoolean();
  private ScheduledFuture<?> sweep;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
      Object ignored) {
    sweep = scheduler.scheduleWithFixedDelay(this::sweep, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
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

  private void sweep() {
    sweeping.set(true);
    kick();
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
    boolean mailOn = mail.configured();
    int hooks = 0;
    int mails = 0;
    List<Dispatches.Claimed> claimed;
    do {
      claimed = dispatches.claim(instance, lease, BATCH);
      if (!claimed.isEmpty()) {
        DeliveryBatch.Outcome done = deliver(claimed, mailOn);
        hooks += done.webhookDeliveries();
        mails += done.mails();
      }
    } while (claimed.size() >= BATCH); // a short batch: nothing more was pending when it was claimed
    boolean due = sweeping.getAndSet(false);
    if (hooks > 0 || due) {
      sender.sendDue(instance, lease);
    }
    if (mails > 0 || due) {
      mail.sendDue(instance, lease);
    }
  }

  /** One transaction for the batch; if it fails, row by row, so one bad row holds back only itself. */
  private DeliveryBatch.Outcome deliver(List<Dispatches.Claimed> claimed, boolean mailOn) {
    try {
      return batch.deliver(claimed, instance, mailOn, mail.nextDigestAt());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A delivery batch failed; delivering its " + claimed.size() + " rows one by one", e);
    }
    int hooks = 0;
    int mails = 0;
    for (Dispatches.Claimed c : claimed) {
      try {
        DeliveryBatch.Outcome one = batch.deliver(List.of(c), instance, mailOn, mail.nextDigestAt());
        hooks += one.webhookDeliveries();
        mails += one.mails();
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Delivery of event " + c.eventId() + " (" + c.channel() + ") failed; retried when its lease ends", e);
      }
    }
    return new DeliveryBatch.Outcome(hooks, mails);
  }
}
