package org.factdesk.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Runs bin/VerifyAudit.java as an auditor would: the JDK's source launcher, nothing else on the class path. */
final class Verifier {
  private Verifier() {}

  record Run(int status, String output) {}

  static Run run(Path export) throws IOException, InterruptedException {
    Path source = Path.of(System.getProperty("user.dir")).resolveSibling("bin").resolve("VerifyAudit.java");
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), source.toString(), export.toString())
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    return new Run(p.waitFor(), out);
  }
}
