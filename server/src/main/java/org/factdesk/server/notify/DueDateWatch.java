package org.factdesk.server.notify;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.workflow.notification.DueDates;

/**
 * Looks for work coming due on every instance, every {@code FACTDESK_DUE_SCAN_SECONDS}; which
 * instance stores each announcement is settled by the event's unique key (DueDates).
 */
@ApplicationScoped
public class DueDateWatch {
  private static final Logger LOG = Logger.getLogger(DueDateWatch.class.getName());
  private static final int BATCH = 200;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject DueDates dueDates;

  @Inject
  @ConfigProperty(name = "FACTDESK_DUE_SCAN_SECONDS", defaultValue = "60")
  long scanSeconds;

  @Inject
  @ConfigProperty(name = "FACTDESK_DUE_SOON_HOURS", defaultValue = "24")
  long soonHours;

  private ScheduledFuture<?> scan;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
      Object ignored) {
    scan = scheduler.scheduleWithFixedDelay(this::scan, scanSeconds, scanSeconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (scan != null) {
      scan.cancel(false);
    }
  }

  void scan() {
    try {
      Duration soon = Duration.ofHours(soonHours);
      int stored;
      do {
        stored = dueDates.announce(soon, BATCH);
      } while (stored == BATCH);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Due-date scan failed; the next one tries again", e);
    }
  }
}
