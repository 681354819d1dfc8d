package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The web interface's pure logic (src/test/js/*.test.js) under Node's built-in test runner, so that
 * {@code mvn verify} covers it. Without Node 18 or later the tests are skipped, saying so loudly.
 */
class UiLogicTest {
  static final Path TESTS = Path.of("src/test/js");

  @Test
  void nodeTestsPass() throws Exception {
    String version = nodeVersion();
    if (version == null) {
      System.err.println("*** UiLogicTest SKIPPED: no `node` (18 or later) on the PATH, so the web interface's unit"
          + " tests in " + TESTS + " did not run. Install Node.js (Debian: apt-get install nodejs). ***");
    }
    assumeTrue(version != null, "node 18+ not found");
    List<String> command = new ArrayList<>(List.of("node", "--test"));
    try (Stream<Path> files = Files.list(TESTS)) {
      files.map(Path::toString).filter(f -> f.endsWith(".test.js")).sorted().forEach(command::add);
    }
    assertTrue(command.size() > 2, "test files in " + TESTS);
    File log = Files.createTempFile("ui-logic", ".tap").toFile();
    try {
      Process node = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log).start();
      boolean finished = node.waitFor(3, TimeUnit.MINUTES);
      if (!finished) {
        node.destroyForcibly();
      }
      String output = Files.readString(log.toPath(), StandardCharsets.UTF_8);
      assertTrue(finished, () -> "node --test did not finish in 3 minutes:\n" + output);
      System.out.println("UiLogicTest: node " + version + ", " + String.join(", ", output.lines()
          .filter(l -> l.matches("# (tests|pass|fail) \\d+")).map(l -> l.substring(2)).toList()));
      assertTrue(output.lines().anyMatch(l -> l.matches("# pass [1-9]\\d*")), () -> "no test passed:\n" + output);
      assertEquals(0, node.exitValue(), () -> "node --test failed:\n" + output);
    } finally {
      Files.deleteIfExists(log.toPath());
    }
  }

  /** "v20.20.2", or null without node or with one older than 18 (no built-in test runner). */
  private static String nodeVersion() throws InterruptedException {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0 || !out.matches("v\\d+\\..*")) {
        return null;
      }
      return Integer.parseInt(out.substring(1, out.indexOf('.'))) >= 18 ? out : null;
    } catch (IOException e) {
      return null;
    }
  }
}
