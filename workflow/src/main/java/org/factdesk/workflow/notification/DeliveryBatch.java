package org.factdesk.workflow.notification;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.logging.Logger;

/**
 * The channels' work for claimed dispatch rows, in one transaction: each row's work commits with the
 * row marked done, so a batch is all done or (on any failure) all left to be done again; the caller
 * then retries row by row, so one bad row holds back only itself. One commit per batch instead of one
 * per row and channel is most of what delivery costs a write-heavy desk (BENCHMARKS.md, issue 20).
 */
@ApplicationScoped
public class DeliveryBatch {
  private static final Logger LOG = Logger.getLogger(DeliveryBatch.class.getName());

  @Inject NotificationService notifications;
  @Inject WebhookService webhooks;
  @Inject MailQueue mailQueue;

  /** What a batch left for the senders: webhook deliveries and mails to send now. */
  public record Outcome(int webhookDeliveries, int mails) {}

  /**
   * Does each claimed row's channel work. {@code mailOn}: whether this instance has an SMTP server
   * (without one, mail is not queued that nobody would send); {@code digestAt}: the next digest time.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Outcome deliver(List<Dispatches.Claimed> claimed, String instance, boolean mailOn, long digestAt) {
    int hooks = 0;
    int mails = 0;
    for (Dispatches.Claimed c : claimed) {
      switch (c.channel()) {
        case Channel.IN_APP -> notifications.deliver(c, instance);
        case Channel.WEBHOOK -> hooks += webhooks.fanOut(c, instance);
        case Channel.EMAIL -> mails += mailOn ? mailQueue.enqueue(c, instance, digestAt) : mailQueue.skip(c, instance);
        default -> LOG.warning("No channel " + c.channel() + " on this version; left for one that has it");
      }
    }
    return new Outcome(hooks, mails);
  }
}
