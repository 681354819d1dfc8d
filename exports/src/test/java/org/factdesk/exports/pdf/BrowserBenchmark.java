package org.factdesk.exports.pdf;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The other half of the PDF benchmark (a documented main, not a test): prints the HTML files that
 * {@link ExportBenchmark} wrote with a warm headless Chromium (one running browser, one tab,
 * Page.printToPDF over the DevTools protocol; the JDK's own WebSocket client, so no extra
 * dependency) and converts them with a cold {@code libreoffice --headless --convert-to pdf} per
 * file, as a user would. Prints median time and size per file. Run it as BENCHMARKS.md says.
 */
public final class BrowserBenchmark {
  private static final int CHROMIUM_WARMUP = 3;
  private static final int CHROMIUM_MEASURED = 10;
  private static final int LIBREOFFICE_RUNS = 3;

  private BrowserBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args.length > 0 ? args[0] : "target/bench").toAbsolutePath();
    List<Path> pages = new ArrayList<>();
    try (var files = Files.list(dir)) {
      files.filter(p -> p.toString().endsWith(".html")).sorted().forEach(pages::add);
    }
    System.out.println("file tool median_ms runs_ms kb");
    try (Chromium chromium = Chromium.start(dir.resolve("chromium-profile"))) {
      for (Path page : pages) {
        byte[] pdf = null;
        for (int i = 0; i < CHROMIUM_WARMUP; i++) {
          pdf = chromium.print(page);
        }
        long[] nanos = new long[CHROMIUM_MEASURED];
        for (int i = 0; i < CHROMIUM_MEASURED; i++) {
          long start = System.nanoTime();
          pdf = chromium.print(page);
          nanos[i] = System.nanoTime() - start;
        }
        Files.write(dir.resolve(name(page) + ".chromium.pdf"), pdf);
        report(page, "chromium-warm", nanos, pdf.length);
      }
    }
    for (Path page : pages) {
      Path out = dir.resolve("libreoffice");
      Files.createDirectories(out);
      long[] nanos = new long[LIBREOFFICE_RUNS];
      for (int i = 0; i < LIBREOFFICE_RUNS; i++) {
        long start = System.nanoTime();
        run(List.of("libreoffice", "-env:UserInstallation=file://" + dir.resolve("libreoffice-profile"),
            "--headless", "--convert-to", "pdf:writer_web_pdf_Export", "--outdir", out.toString(), page.toString()));
        nanos[i] = System.nanoTime() - start;
      }
      report(page, "libreoffice-cold", nanos, Files.size(out.resolve(name(page) + ".pdf")));
    }
  }

  private static String name(Path html) {
    String n = html.getFileName().toString();
    return n.substring(0, n.length() - ".html".length());
  }

  private static void report(Path page, String tool, long[] nanos, long bytes) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    StringBuilder runs = new StringBuilder();
    for (long n : nanos) {
      runs.append(runs.length() == 0 ? "" : "/").append(Math.round(n / 1e6));
    }
    System.out.printf("%s %s %.1f %s %.1f%n", name(page), tool, sorted[sorted.length / 2] / 1e6, runs, bytes / 1024.0);
  }

  private static void run(List<String> command) throws IOException, InterruptedException {
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(command + " failed: " + log);
    }
  }

  /** A running headless Chromium and one tab, driven over the DevTools protocol. */
  static final class Chromium implements AutoCloseable {
    private static final Pattern PORT = Pattern.compile("DevTools listening on ws://[^:]+:(\\d+)/");
    private final Process process;
    private final WebSocket socket;
    private final LinkedBlockingQueue<String> messages = new LinkedBlockingQueue<>();
    private final List<String> unread = new ArrayList<>();
    private int nextId = 1;

    private Chromium(Process process, WebSocket.Builder builder, String url) {
      this.process = process;
      this.socket = builder.buildAsync(URI.create(url), new WebSocket.Listener() {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
          partial.append(data);
          if (last) {
            messages.add(partial.toString());
            partial.setLength(0);
          }
          ws.request(1);
          return null;
        }
      }).join();
    }

    static Chromium start(Path profile) throws Exception {
      Process p = new ProcessBuilder("chromium", "--headless", "--no-sandbox", "--disable-gpu",
          "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync",
          "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank")
          .redirectErrorStream(true).start();
      BufferedReader log = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String port = null;
      for (String line; port == null && (line = log.readLine()) != null; ) {
        Matcher m = PORT.matcher(line);
        if (m.find()) {
          port = m.group(1);
        }
      }
      if (port == null) {
        throw new IllegalStateException("chromium did not open its DevTools port");
      }
      // Keep draining its output so it never blocks on a full pipe.
      CompletableFuture.runAsync(() -> log.lines().forEach(l -> { }));
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      String list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list")).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      Matcher ws = Pattern.compile("\"type\"\\s*:\\s*\"page\"[^}]*?\"webSocketDebuggerUrl\"\\s*:\\s*\"([^\"]+)\"|"
          + "\"webSocketDebuggerUrl\"\\s*:\\s*\"(ws://[^\"]+/devtools/page/[^\"]+)\"").matcher(list);
      if (!ws.find()) {
        throw new IllegalStateException("no page target in " + list);
      }
      Chromium c = new Chromium(p, http.newWebSocketBuilder(), ws.group(1) != null ? ws.group(1) : ws.group(2));
      c.call("Page.enable", "{}");
      return c;
    }

    /** Loads the file in the tab and prints it to PDF (A4, no header or footer). */
    byte[] print(Path html) throws Exception {
      messages.clear();
      unread.clear();
      call("Page.navigate", "{\"url\":\"" + html.toUri() + "\"}");
      await("\"method\":\"Page.loadEventFired\"");
      String reply = call("Page.printToPDF", "{\"paperWidth\":8.27,\"paperHeight\":11.69,"
          + "\"displayHeaderFooter\":false,\"printBackground\":false}");
      Matcher data = Pattern.compile("\"data\"\\s*:\\s*\"([^\"]+)\"").matcher(reply);
      if (!data.find()) {
        throw new IllegalStateException("no PDF in " + reply.substring(0, Math.min(300, reply.length())));
      }
      return Base64.getDecoder().decode(data.group(1));
    }

    private String call(String method, String params) throws Exception {
      int id = nextId++;
      socket.sendText("{\"id\":" + id + ",\"method\":\"" + method + "\",\"params\":" + params + "}", true).join();
      return await("\"id\":" + id + ",");
    }

    /** The first message with {@code marker}; others wait in {@code unread} for their own await. */
    private String await(String marker) throws Exception {
      for (var it = unread.iterator(); it.hasNext(); ) {
        String m = it.next();
        if (m.contains(marker)) {
          it.remove();
          return m;
        }
      }
      long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
      while (System.nanoTime() < until) {
        String m = messages.poll(1, TimeUnit.SECONDS);
        if (m != null && m.contains(marker)) {
          return m;
        }
        if (m != null) {
          unread.add(m);
        }
      }
      throw new IllegalStateException("chromium did not answer " + marker);
    }

    @Override
    public void close() {
      socket.abort();
      process.destroy();
    }
  }
}
