package org.factdesk.workflow.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * bin/VerifyAudit.java canonicalises on its own; it must agree with the server's rule byte for byte,
 * on the text that is hardest to agree on.
 */
class OfflineVerifierTest {
  static final Path VERIFIER = Path.of(System.getProperty("user.dir")).resolveSibling("bin").resolve("VerifyAudit.java");
  static final OffsetDateTime AT = OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 1_000, ZoneOffset.ofHours(4));

  static final String[] NOTES = {
    null,
    "\u05e9\u05dc\u05d5\u05dd \u200f(RTL mark) \u2067\u0627\u0644\u0639\u0631\u0628\u064a\u0629 \u0661\u0662\u066b\u0663\u2069",
    "quote \" backslash \\ slash / tab\t newline\n cr\r formfeed\f backspace\b nul-free \u001f \u007f \u2028 \u2029",
    "emoji \ud83d\ude00 flags \ud83c\udde6\ud83c\uddff, NFD e\u0301 vs NFC \u00e9, \u10e5\u10d0\u10e0\u10d7\u10e3\u10da\u10d8",
    "</script><!-- & \u00a0 \ufeff \ufb33",
  };

  /** Lines as the server exports them, over two articles and the newsroom, interleaved by id. */
  static List<String> export() {
    Map<Long, String> heads = new HashMap<>();
    List<String> lines = new ArrayList<>();
    long id = 1;
    for (Long article : new Long[] {null, 3L, (1L << 53) - 1}) {
      for (String note : NOTES) {
        AuditEvent e = AuditEvent.restored(id++, article, "\u05e2\u05d5\u05e8\u05da", AuditChain.stored(AT.plusNanos(id)),
            "claim.resolved", "claim:" + id, "{\"verdict\":\"FALSE\",\"quote\":\"\\\"\u05d0\\\"\"}",
            note == null ? null : "{\"note\":\"" + note.replace("\\", "\\\\").replace("\"", "\\\"") + "\"}", note);
        e.seal(heads.getOrDefault(article, AuditChain.GENESIS));
        heads.put(article, e.hash());
        lines.add(e.exportLine());
      }
    }
    return lines;
  }

  record Run(int status, String output) {}

  static Run verify(Path file) throws IOException, InterruptedException {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), VERIFIER.toString(), file.toString()).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    return new Run(p.waitFor(), out);
  }

  @Test
  void theVerifierAcceptsWhatTheServerHashed(@TempDir Path dir) throws Exception {
    Path file = Files.write(dir.resolve("audit.ndjson"), export(), StandardCharsets.UTF_8);
    Run run = verify(file);
    assertEquals(0, run.status(), run.output());
    assertEquals("valid: 15 events in 3 chains", run.output());
  }

  @Test
  void theVerifierNamesAnEventWhoseTextChanged(@TempDir Path dir) throws Exception {
    List<String> lines = export();
    // One invisible character less in an RTL note: the right-to-left mark.
    lines.set(6, lines.get(6).replace("\u200f", ""));
    Run run = verify(Files.write(dir.resolve("audit.ndjson"), lines, StandardCharsets.UTF_8));
    assertEquals(1, run.status(), run.output());
    assertTrue(run.output().startsWith("broken: event 7 (article 3, line 7): hash is "), run.output());
  }

  @Test
  void theVerifierNamesTheEventAfterARemovedOne(@TempDir Path dir) throws Exception {
    List<String> lines = export();
    lines.remove(11);
    Run run = verify(Files.write(dir.resolve("audit.ndjson"), lines, StandardCharsets.UTF_8));
    assertEquals(1, run.status(), run.output());
    assertTrue(run.output().startsWith("broken: event 13 (article 9007199254740991, line 12): previousHash is"),
        run.output());
  }
}
