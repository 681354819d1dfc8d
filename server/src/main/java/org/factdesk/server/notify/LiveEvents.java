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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.workflow.article.ArticleAccess;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.notification.DomainEvents;
import org.factdesk.workflow.notification.Outbox;
import org.factdesk.workflow.notification.OutboxEvent;
import org.factdesk.workflow.user.Actor;

/**
 * The live event streams open on this instance. One poller reads the outbox (shared by every
 * instance, so a change made anywhere reaches everyone) a few times a second while anyone listens,
 * and sends each event to each listener who may read its article. Connections are this JVM's by
 * nature; what they resume from (Last-Event-ID) is the outbox id.
 */
@ApplicationScoped
public class LiveEvents {
  private static final Logger LOG = Logger.getLogger(LiveEvents.class.getName());
  private static final int MAX_REPLAY = 500;
  private static final long HEARTBEAT_MILLIS = 20_000;

  @Resource ManagedScheduledExecutorService scheduler;
  @Inject Outbox outbox;
  @Inject ArticleAccess access;

  @Inject
  @ConfigProperty(name = "FACTDESK_LIVE_POLL_MILLIS", defaultValue = "250")
  long pollMillis;

  /** One open stream: who listens, to one article or all, and from where it resumes (null: it is live). */
  private record Listener(Actor actor, Long article, SseEventSink sink, Sse sse, Long resumeAfter) {}

  private final Set<Listener> listeners = ConcurrentHashMap.newKeySet();
  private SequenceWindow window;
  private long lastHeartbeat = System.currentTimeMillis();
  private ScheduledFuture<?> poller;

  void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION + 1000) @Initialized(ApplicationScoped.class)
      Object ignored) {
    poller = scheduler.scheduleWithFixedDelay(this::poll, pollMillis, pollMillis, TimeUnit.MILLISECONDS);
  }

  @PreDestroy
  void stop() {
    if (poller != null) {
      poller.cancel(false);
    }
    listeners.forEach(l -> l.sink().close());
  }

  /**
   * Opens a stream; it is served from the poller's next round. Without a position to resume from it
   * starts at the newest event now, not at the poller's next round: a change committed in between
   * (while the page was still loading) is sent, not skipped.
   */
  public void open(Actor actor, Long article, SseEventSink sink, Sse sse, Long resumeAfter) {
    // A first comment sends the answer's headers now: the client knows it is connected without
    // waiting for the first change or keep-alive (20 s).
    sink.send(sse.newEventBuilder().comment("open").build());
    listeners.add(new Listener(actor, article, sink, sse, resumeAfter != null ? resumeAfter : outbox.latestId()));
  }

  public int open() {
    return listeners.size();
  }

  void poll() {
    try {
      listeners.removeIf(l -> l.sink().isClosed());
      if (listeners.isEmpty()) {
        window = null; // nobody listens: no queries; start from the newest event when someone comes
        return;
      }
      long now = System.currentTimeMillis();
      if (window == null) {
        window = new SequenceWindow(outbox.latestId(), Duration.ofSeconds(30).toMillis());
      }
      List<OutboxEvent> read = new ArrayList<>(outbox.withIds(window.gaps(now)));
      read.addAll(outbox.after(window.highest(), MAX_REPLAY));
      Set<Long> fresh = Set.copyOf(window.accept(read.stream().map(OutboxEvent::id).toList(), now));
      List<OutboxEvent> events = read.stream().filter(e -> fresh.contains(e.id())).toList();
      Map<String, Boolean> readable = new HashMap<>();
      for (Listener l : List.copyOf(listeners)) {
        if (l.resumeAfter() != null) {
          replay(l, readable); // up to the highest id read, this round's events included
          continue;
        }
        for (OutboxEvent e : events) {
          send(l, e, readable);
        }
      }
      if (now - lastHeartbeat > HEARTBEAT_MILLIS) {
        lastHeartbeat = now;
        // A comment line: keeps proxies from closing idle streams and finds the ones that are gone.
        listeners.forEach(l -> l.sink().send(l.sse().newEventBuilder().comment("keep-alive").build()));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Live event poll failed; trying again", e);
    }
  }

  /** The events a reconnecting listener missed, up to what everyone else has been sent; then it is live. */
  private void replay(Listener l, Map<String, Boolean> readable) {
    listeners.remove(l);
    Listener live = new Listener(l.actor(), l.article(), l.sink(), l.sse(), null);
    for (OutboxEvent e : outbox.after(l.resumeAfter(), MAX_REPLAY)) {
      if (e.id() <= window.highest()) {
        send(live, e, readable);
      }
    }
    listeners.add(live);
  }

  private void send(Listener l, OutboxEvent e, Map<String, Boolean> readable) {
    if (l.sink().isClosed() || l.article() != null && l.article() != e.articleId()
        || !readable.computeIfAbsent(l.actor().username() + "/" + e.articleId(), k -> mayRead(l.actor(), e))) {
      return;
    }
    var json = jakarta.json.Json.createObjectBuilder()
        .add("id", e.id())
        .add("type", e.type())
        .add("notifiable", e.notifiable())
        .add("article", e.articleId())
        .add("actor", e.actor())
        .add("at", e.occurredAt().toString());
    if (e.revision() != null) {
      json.add("revision", e.revision());
    }
    if (e.subject() != null) {
      json.add("subject", e.subject());
    }
    var details = DomainEvents.parse(e.details());
    if (details != null) {
      json.add("details", details);
    }
    l.sink().send(l.sse().newEventBuilder().id(String.valueOf(e.id())).name("change")
        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(String.class, json.build().toString()).build())
        .whenComplete((ok, failed) -> {
          if (failed != null) {
            l.sink().close();
          }
        });
  }

  private boolean mayRead(Actor actor, OutboxEvent e) {
    try {
      access.readable(actor, e.articleId());
      return true;
    } catch (NotFoundException hidden) {
      return false;
    }
  }
}
