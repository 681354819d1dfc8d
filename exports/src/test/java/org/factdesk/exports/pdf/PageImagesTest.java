package org.factdesk.exports.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.Test;

/**
 * Keeps each script's PDF, its first page and its last page (fact-check notes and colophon, with
 * their labels) as PNG under target/pdf-samples for a human to look at.
 */
class PageImagesTest {
  static final Path DIR = Path.of("target", "pdf-samples");

  @Test
  void rendersFirstAndLastPageOfEveryScript() throws Exception {
    assumeTrue(pdftoppmAvailable(), "pdftoppm (poppler-utils) not installed");
    PdfExporter exporter = new PdfExporter();
    for (Samples.Script s : Samples.ALL) {
      keep(s.lang(), exporter.export(Samples.withFactCheck(s)));
    }
  }

  /** Writes {@code name}.pdf, {@code name}.png (page 1) and {@code name}-last.png. */
  static void keep(String name, byte[] pdf) throws Exception {
    Files.createDirectories(DIR);
    Path file = DIR.resolve(name + ".pdf");
    Files.write(file, pdf);
    int pages;
    try (var doc = Loader.loadPDF(pdf)) {
      pages = doc.getNumberOfPages();
    }
    render(file, 1, name);
    render(file, pages, name + "-last");
  }

  private static void render(Path pdf, int page, String name) throws Exception {
    Process p = new ProcessBuilder("pdftoppm", "-png", "-r", "60", "-f", String.valueOf(page), "-l",
        String.valueOf(page), "-singlefile", pdf.toString(), DIR.resolve(name).toString())
        .redirectErrorStream(true).start();
    String log = new String(p.getInputStream().readAllBytes());
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), log);
    // poppler complains on stderr about fonts it cannot use; there must be none.
    assertEquals("", log.strip(), name);
    assertTrue(Files.size(DIR.resolve(name + ".png")) > 5_000, name);
  }

  static boolean pdftoppmAvailable() {
    try {
      Process p = new ProcessBuilder("pdftoppm", "-v").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (Exception e) {
      return false;
    }
  }
}
