package org.factdesk.server.reliability;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One Liberty server instance of the harness: its own server directory in the installed runtime
 * (server/target/liberty/wlp), its own port and data directory, the built WAR in dropins, and the
 * shared database given by URL.
 */
final class Liberty {
  final int port;
  final String name;
  final Http http;
  private final Path wlp;
  private final Path root;
  private final Path dataDir;
  private final Map<String, String> env;

  Liberty(Path root, Path workDir, int port, String dbUrl) {
    this.root = root;
    this.port = port;
    this.name = "fd-rel-" + port;
    this.http = new Http(port);
    this.wlp = root.resolve("server/target/liberty/wlp");
    this.dataDir = workDir.resolve(name);
    this.env = Map.of(
        "FACTDESK_HTTP_PORT", String.valueOf(port),
        "FACTDESK_DATA_DIR", dataDir.toString(),
        "FACTDESK_DB_URL", dbUrl,
        "FACTDESK_DB_USER", "postgres",
        "FACTDESK_DB_PASSWORD", "",
        "FACTDESK_DEMO", "true");
  }

  /** A fresh server directory with the current configuration and WAR. */
  void create() throws IOException {
    if (!Files.isDirectory(wlp)) {
      throw new IllegalStateException("No Liberty runtime at " + wlp + ": run mvn install -DskipTests first");
    }
    Path dir = wlp.resolve("usr/servers").resolve(name);
    delete(dir);
    delete(dataDir);
    Files.createDirectories(dir.resolve("dropins"));
    Files.createDirectories(dataDir);
    Path config = root.resolve("server/src/main/liberty/config");
    try (Stream<Path> files = Files.list(config)) {
      for (Path f : (Iterable<Path>) files::iterator) {
        Files.copy(f, dir.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      }
    }
    Files.copy(root.resolve("server/target/factdesk.war"), dir.resolve("dropins/factdesk.war"));
  }

  /** Starts the server and waits until its readiness check (which includes the database) says UP. */
  void start() throws IOException, InterruptedException {
    long t0 = System.nanoTime();
    run("start");
    awaitReady(Duration.ofSeconds(900));
    Log.info("%s is ready on port %d after %.1f s", name, port, (System.nanoTime() - t0) / 1e9);
  }

  void awaitReady(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (System.nanoTime() < deadline) {
      if (http.get(null, "/health/ready").status() == 200) {
        return;
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(name + " not ready after " + timeout);
  }

  void stop() throws IOException, InterruptedException {
    run("stop");
  }

  /** SIGKILL: no shutdown hooks, no rollback by the server, connections simply vanish. */
  void kill() throws IOException {
    long pid = Long.parseLong(Files.readString(wlp.resolve("usr/servers/.pid/" + name + ".pid")).trim());
    ProcessHandle process = ProcessHandle.of(pid).orElseThrow(() -> new IllegalStateException(name + " is not running"));
    process.destroyForcibly();
    process.onExit().join();
    Log.info("%s (pid %d) killed with SIGKILL", name, pid);
  }

  Path log() {
    return wlp.resolve("usr/servers").resolve(name).resolve("logs/messages.log");
  }

  private void run(String action) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(wlp.resolve("bin/server").toString(), action, name)
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(dataDir.resolve("server-command.log").toFile()));
    pb.environment().putAll(env);
    int rc = pb.start().waitFor();
    if (rc != 0 && !(action.equals("stop") && rc == 1)) {
      throw new IllegalStateException("server " + action + " " + name + " exited with " + rc + "; see "
          + dataDir.resolve("server-command.log"));
    }
  }

  private static void delete(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : (Iterable<Path>) walk.sorted(Comparator.reverseOrder())::iterator) {
        Files.delete(p);
      }
    }
  }
}
