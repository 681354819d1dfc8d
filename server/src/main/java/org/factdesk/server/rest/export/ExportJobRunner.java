package org.factdesk.server.rest.export;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.i18n.InvalidLanguageTagException;
import org.factdesk.server.config.InstanceName;
import org.factdesk.workflow.common.DomainException;
import org.factdesk.workflow.export.ExportItem;
import org.factdesk.workflow.export.ExportJobService;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.UserService;

/**
 * Works through export jobs on the server's managed executor. A job is started where it was asked
 * for; a sweep on every instance also picks up jobs with items that nobody holds a live claim on,
 * which is how work left by an instance that stopped or died gets finished. The claims in the
 * database decide who renders what; nothing here needs to survive this JVM.
 */
@ApplicationScoped
public class ExportJobRunner {
  private static final Logger LOG = Logger.getLogger(ExportJobRunner.class.getName());

  @Resource ManagedExecutorService executor;
  @Resource ManagedScheduledExecutorService scheduler;
  @Inject ExportJobService jobs;
  @Inject PdfExports pdfs;
  @Inject UserService users;

  @Inject
  @ConfigProperty(name = "FACTDESK_EXPORT_LEASE_SECONDS", defaultValue = "120")
  long leaseSeconds;

  @Inject
  @ConfigProperty(name = "FACTDESK_EXPORT_SWEEP_SECONDS", defaultValue = "30")
  long sweepSeconds;

  private final String instance = InstanceName.create();
  /** Jobs this JVM is working through now: only saves a second loop here; claims keep instances apart. */
  private final Set<Long> working = ConcurrentHashMap.newKeySet();
  private ScheduledFuture<?> sweep;

  /** After Startup (schema migration) has run. */
  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
      Object ignored) {
    sweep = scheduler.scheduleWithFixedDelay(this::sweep, sweepSeconds, sweepSeconds, TimeUnit.SECONDS);
    LOG.info("Export jobs: instance " + instance + ", lease " + leaseSeconds + " s, sweep every " + sweepSeconds + " s");
  }

  @PreDestroy
  void stop() {
    if (sweep != null) {
      sweep.cancel(false);
    }
  }

  public String instance() {
    return instance;
  }

  /** Starts working on a job that has just been committed. */
  public void submit(long jobId) {
    executor.execute(() -> run(jobId));
  }

  void sweep() {
    try {
      for (long jobId : jobs.jobsWithClaimableItems(20)) {
        run(jobId);
      }
      for (long jobId : jobs.unfinishedJobs(20)) {
        jobs.finishIfDone(jobId);
      }
    } catch (RuntimeException e) {
      // Keep sweeping: a database hiccup now must not stop the schedule for good.
      LOG.log(Level.WARNING, "Export sweep failed; trying again in " + sweepSeconds + " s", e);
    }
  }

  void run(long jobId) {
    if (!working.add(jobId)) {
      return;
    }
    try {
      Optional<Actor> actor = users.actor(jobs.startedBy(jobId));
      Optional<ExportItem> next;
      while ((next = jobs.claim(jobId, instance, Duration.ofSeconds(leaseSeconds))).isPresent()) {
        export(next.get(), actor);
      }
      jobs.finishIfDone(jobId);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Export job " + jobId + " stopped; the sweep will resume it", e);
    } finally {
      working.remove(jobId);
    }
  }

  private void export(ExportItem item, Optional<Actor> actor) {
    if (actor.isEmpty()) {
      jobs.fail(item.id(), instance, "exportOwnerGone", Map.of(), "The account that started this export is no longer active");
      return;
    }
    try {
      PdfExports.Rendered pdf = pdfs.render(actor.get(), item.articleId(), item.language());
      if (!jobs.complete(item.id(), instance, pdf.language(), pdf.revision(), pdf.filename(), pdf.sha256(), pdf.pdf())) {
        LOG.info("Export item " + item.id() + " was taken over by another instance; its result stands");
      }
    } catch (DomainException e) {
      jobs.fail(item.id(), instance, e.code(), e.args(), e.getMessage());
    } catch (InvalidLanguageTagException e) {
      jobs.fail(item.id(), instance, "invalidLanguageTag", Map.of("input", String.valueOf(e.input())), e.getMessage());
    } catch (RuntimeException e) {
      String id = UUID.randomUUID().toString();
      LOG.log(Level.SEVERE, "Export item " + item.id() + " failed (" + id + ")", e);
      jobs.fail(item.id(), instance, "exportFailed", Map.of("id", id), "Rendering failed; logged as " + id);
    }
  }
}
