package org.factdesk.server;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A test's reader of GET /api/events: each event's id and JSON data, as they arrive. */
final class EventStream implements AutoCloseable {
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** One received event, with the time it arrived. */
  record Received(long id, JsonObject data, long arrivedNanos) {}

  private final BlockingQueue<Received> events = new LinkedBlockingQueue<>();
  private final Stream<String> lines;
  final int status;

  EventStream(String user, String query, Long lastEventId) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + "events" + (query == null ? "" : "?" + query)))
        .header("Authorization", Api.basic(user, Api.password(user)))
        .header("Accept", "text/event-stream");
    if (lastEventId != null) {
      b.header("Last-Event-ID", String.valueOf(lastEventId));
    }
    HttpResponse<Stream<String>> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofLines());
    status = r.statusCode();
    lines = r.body();
    Thread reader = new Thread(this::read, "sse-" + user);
    reader.setDaemon(true);
    reader.start();
  }

  private void read() {
    long[] id = {-1};
    try {
      lines.forEach(line -> {
        if (line.startsWith("id:")) {
          id[0] = Long.parseLong(line.substring(3).strip());
        } else if (line.startsWith("data:")) {
          try (var reader = Json.createReader(new StringReader(line.substring(5).strip()))) {
            events.add(new Received(id[0], reader.readObject(), System.nanoTime()));
          }
        }
      });
    } catch (RuntimeException closed) {
      // The test closed the stream.
    }
  }

  /** The next event about this article, or null if none came within the wait. */
  Received next(long article, Duration wait) throws InterruptedException {
    long until = System.nanoTime() + wait.toNanos();
    while (true) {
      long left = until - System.nanoTime();
      Received r = left <= 0 ? null : events.poll(left, TimeUnit.NANOSECONDS);
      if (r == null || r.data().getJsonNumber("article").longValue() == article) {
        return r;
      }
    }
  }

  @Override
  public void close() {
    lines.close();
  }
}
