package org.factdesk.server.config;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.workflow.export.ExportJobService;
import org.factdesk.workflow.search.ChangeLog;
import org.factdesk.workflow.user.LoginThrottle;
import org.factdesk.workflow.user.SecurityLog;
import org.factdesk.workflow.user.SessionService;

/**
 * Deletes what has outlived its use: finished bulk export jobs after their retention period (their
 * PDFs are stored in the database), expired login sessions, day-old failed-login counts and security
 * events past their retention, and change log rows the search indexes of running instances applied long
 * ago (an instance stopped for longer rebuilds its index). Every instance runs it; the deletes
 * are idempotent, so two instances doing it at once is harmless.
 */
@ApplicationScoped
public class Housekeeping {
  private static final Logger LOG = Logger.getLogger(Housekeeping.class.getName());

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject ExportJobService exportJobs;
  @Inject SessionService sessions;
  @Inject LoginThrottle throttle;
  @Inject SecurityLog securityLog;
  @Inject ChangeLog changeLog;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "FACTDESK_EXPORT_RETENTION_DAYS", defaultValue = "7")
  int retentionDays;

  @Inject
  @ConfigProperty(name = "FACTDESK_HOUSEKEEPING_SECONDS", defaultValue = "900")
  long everySeconds;

  @Inject
  @ConfigProperty(name = "FACTDESK_SECURITY_EVENT_RETENTION_DAYS", defaultValue = "180")
  int securityRetentionDays;

  @Inject
  @ConfigProperty(name = "FACTDESK_CHANGE_LOG_RETENTION_DAYS", defaultValue = "30")
  int changeLogRetentionDays;

  private ScheduledFuture<?> task;

  /** After Startup (schema migration) has run. */
  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
      Object ignored) {
    if (retentionDays < 1) {
      throw new IllegalStateException("FACTDESK_EXPORT_RETENTION_DAYS must be at least 1, not " + retentionDays);
    }
    if (securityRetentionDays < 1) {
      throw new IllegalStateException("FACTDESK_SECURITY_EVENT_RETENTION_DAYS must be at least 1, not "
          + securityRetentionDays);
    }
    if (changeLogRetentionDays < 1) {
      throw new IllegalStateException("FACTDESK_CHANGE_LOG_RETENTION_DAYS must be at least 1, not "
          + changeLogRetentionDays);
    }
    task = scheduler.scheduleWithFixedDelay(this::run, everySeconds, everySeconds, TimeUnit.SECONDS);
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
  }

  void run() {
    try {
      int jobs = exportJobs.purgeFinishedBefore(OffsetDateTime.now(clock).minus(Duration.ofDays(retentionDays)));
      int expired = sessions.purgeExpired();
      int failures = throttle.purgeStale();
      int events = securityLog.purgeBefore(OffsetDateTime.now(clock).minus(Duration.ofDays(securityRetentionDays)));
      int changes = changeLog.trimBefore(OffsetDateTime.now(clock).minus(Duration.ofDays(changeLogRetentionDays)));
      if (jobs + expired + failures + events + changes > 0) {
        LOG.info("Housekeeping: deleted " + jobs + " export job(s) finished over " + retentionDays
            + " days ago, " + expired + " expired session(s), " + failures + " stale login failure count(s), "
            + events + " security event(s) over " + securityRetentionDays + " days old and " + changes
            + " change log row(s) over " + changeLogRetentionDays + " days old");
      }
    } catch (RuntimeException e) {
      // A database hiccup must not end the schedule for good.
      LOG.log(Level.WARNING, "Housekeeping failed; trying again in " + everySeconds + " s", e);
    }
  }
}
