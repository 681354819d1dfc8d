package org.factdesk.server.search;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.ws.rs.ServiceUnavailableException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.workflow.search.ChangeLog;
import org.factdesk.workflow.search.ChangeLog.Change;
import org.factdesk.workflow.search.ChangeLog.Kind;
import org.factdesk.workflow.search.SearchSources;

/**
 * Keeps this instance's index behind the change log by at most one poll: at start it opens the
 * folder and catches up from the last applied row (or rebuilds, when the folder is new or of an
 * older format), then reads new rows every {@code FACTDESK_SEARCH_POLL_MS}. Rows can commit out of
 * seq order, so the seqs it skipped over are asked for again until {@link #GAP_WAIT_MS} has passed.
 * Applying a row re-reads the current state, so applying one twice or late is harmless.
 */
@ApplicationScoped
public class IndexFollower {
  private static final Logger LOG = Logger.getLogger(IndexFollower.class.getName());
  /** Longer than any transaction that writes: a seq still missing after this was rolled back. */
  static final long GAP_WAIT_MS = 60_000;
  private static final int BATCH = 500;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject ChangeLog log;
  @Inject SearchSources sources;

  @Inject
  @ConfigProperty(name = "FACTDESK_DATA_DIR")
  Optional<String> dataDir;

  @Inject
  @ConfigProperty(name = "FACTDESK_SEARCH_POLL_MS", defaultValue = "500")
  long pollMillis;

  private volatile SearchIndex index;
  private long applied;
  /** Seqs below {@code applied} not seen yet, with when they were first missed. */
  private final Map<Long, Long> gaps = new LinkedHashMap<>();
  private final AtomicBoolean rebuildWanted = new AtomicBoolean();
  private volatile boolean rebuilding;
  private ScheduledFuture<?> task;

  /**
   * After Startup (schema migration). Opening the folder (2 s for 1.3M documents on a loaded machine)
   * and the first catch-up run on the scheduler, so start-up does not wait for them.
   */
  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1100) @Initialized(ApplicationScoped.class)
      Object ignored) {
    task = scheduler.scheduleWithFixedDelay(this::poll, 0, pollMillis, TimeUnit.MILLISECONDS);
  }

  private void open() {
    String base = dataDir.filter(s -> !s.isBlank()).orElse(System.getProperty("user.home") + "/.factdesk");
    long t0 = System.nanoTime();
    SearchIndex opened = SearchIndex.openOrReset(Path.of(base, "index"));
    LOG.info("Search index opened in " + (System.nanoTime() - t0) / 1_000_000 + " ms: " + opened.documents()
        + " documents, " + (opened.usable() ? "catching up from change " + opened.applied() : "to be rebuilt"));
    if (opened.usable() && opened.applied() < log.trimmedThrough()) {
      // Stopped longer than the change log keeps rows (FACTDESK_CHANGE_LOG_RETENTION_DAYS): changes are gone.
      LOG.info("Search index stopped at change " + opened.applied() + ", before the change log's horizon: rebuilding");
      rebuildWanted.set(true);
    } else if (opened.usable()) {
      applied = opened.applied();
      long now = System.currentTimeMillis();
      opened.gaps().forEach(g -> gaps.put(g, now));
    } else {
      rebuildWanted.set(true);
    }
    index = opened;
  }

  @PreDestroy
  void stop() {
    if (task != null) {
      task.cancel(false);
    }
    synchronized (this) {
      try {
        if (index != null) {
          index.close();
        }
      } catch (IOException e) {
        LOG.log(Level.WARNING, "Search index not closed cleanly; it is rebuilt or caught up at next start", e);
      }
    }
  }

  /** The index; 503 in the moment between start and its opening. */
  SearchIndex index() {
    SearchIndex i = index;
    if (i == null) {
      throw new ServiceUnavailableException("the search index is being opened", 2L);
    }
    return i;
  }

  /** Asks for a rebuild from the database; the follower's thread does it next. */
  public void requestRebuild() {
    rebuildWanted.set(true);
  }

  public Status status() {
    SearchIndex i = index;
    return new Status(applied, rebuilding || rebuildWanted.get(), i == null ? 0 : i.documents());
  }

  /** Where the index stands: the last change log row applied, whether a rebuild is due or running. */
  public record Status(long applied, boolean rebuilding, int documents) {}

  synchronized void poll() {
    try {
      if (index == null) {
        open();
      }
      if (rebuildWanted.getAndSet(false)) {
        rebuild();
      }
      catchUp();
    } catch (RuntimeException | IOException e) {
      LOG.log(Level.WARNING, "Search index not brought up to date; trying again", e);
    }
  }

  /** Applies every row after {@code applied} (and any late row in a gap), in batches. */
  void catchUp() throws IOException {
    while (true) {
      long now = System.currentTimeMillis();
      gaps.values().removeIf(firstMissed -> now - firstMissed > GAP_WAIT_MS);
      List<Change> changes = log.after(applied, new ArrayList<>(gaps.keySet()), BATCH);
      if (changes.isEmpty()) {
        return;
      }
      for (Change c : changes) {
        gaps.remove(c.seq());
        for (long missing = applied + 1; missing < c.seq() && gaps.size() < 10_000; missing++) {
          gaps.put(missing, now);
        }
        applied = Math.max(applied, c.seq());
      }
      apply(changes);
      index.commit(applied, gaps.keySet());
      if (changes.size() < BATCH) {
        return;
      }
    }
  }

  private void apply(List<Change> changes) throws IOException {
    Set<Long> articles = new TreeSet<>();
    Set<Long> claims = new TreeSet<>();
    Set<Long> sourceIds = new TreeSet<>();
    for (Change c : changes) {
      (c.kind() == Kind.ARTICLE ? articles : c.kind() == Kind.CLAIM ? claims : sourceIds).add(c.id());
    }
    Indexer.articles(index, sources, articles, true);
    Indexer.claims(index, sources, claims);
    Indexer.sources(index, sources, sourceIds);
  }

  /**
   * Re-reads the whole archive. Rows logged in the last {@link #GAP_WAIT_MS} before it began are
   * applied again afterwards, for changes whose transactions were still open while it read.
   */
  private void rebuild() throws IOException {
    rebuilding = true;
    long started = System.nanoTime();
    try {
      long resumeFrom = log.headBefore(java.time.OffsetDateTime.now().minusNanos(GAP_WAIT_MS * 1_000_000));
      index.deleteAll();
      long last = 0;
      for (List<Long> ids; !(ids = sources.articleIds(last, BATCH)).isEmpty(); last = ids.get(ids.size() - 1)) {
        Indexer.articles(index, sources, ids, false);
      }
      last = 0;
      for (List<Long> ids; !(ids = sources.sourceIds(last, BATCH)).isEmpty(); last = ids.get(ids.size() - 1)) {
        Indexer.sources(index, sources, ids);
      }
      applied = resumeFrom;
      gaps.clear();
      index.commit(applied, gaps.keySet());
      LOG.info("Search index rebuilt: " + index.documents() + " documents in "
          + (System.nanoTime() - started) / 1_000_000 + " ms");
    } finally {
      rebuilding = false;
    }
  }
}
