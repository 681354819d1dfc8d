package org.factdesk.exports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Keeps each script's PDF and first page as PNG under target/pdf-samples for a human to look at. */
class PageImagesTest {

  @Test
  void rendersFirstPageOfEveryScript() throws Exception {
    assumeTrue(pdftoppmAvailable(), "pdftoppm (poppler-utils) not installed");
    Path dir = Path.of("target", "pdf-samples");
    Files.createDirectories(dir);
    PdfExporter exporter = new PdfExporter();
    for (Samples.Script s : Samples.ALL) {
      Path pdf = dir.resolve(s.lang() + ".pdf");
      Files.write(pdf, exporter.export(Samples.withFactCheck(s)));
      Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", "1", "-l", "1",
          "-singlefile", pdf.toString(), dir.resolve(s.lang()).toString())
          .redirectErrorStream(true).start();
      String log = new String(p.getInputStream().readAllBytes());
      assertTrue(p.waitFor(60, TimeUnit.SECONDS));
      assertEquals(0, p.exitValue(), log);
      // poppler complains on stderr about fonts it cannot use; there must be none.
      assertEquals("", log.strip(), s.lang());
      assertTrue(Files.size(dir.resolve(s.lang() + ".png")) > 5_000, s.lang());
    }
  }

  private static boolean pdftoppmAvailable() {
    try {
      Process p = new ProcessBuilder("pdftoppm", "-v").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
