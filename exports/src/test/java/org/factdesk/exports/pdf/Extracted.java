package org.factdesk.exports.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Text extraction the way a reader's tools do it: PDFBox's stripper and poppler's pdftotext. */
final class Extracted {

  private Extracted() {}

  static String pdfbox(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  static boolean pdftotextAvailable() {
    try {
      Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  static String pdftotext(byte[] pdf) throws IOException, InterruptedException {
    Path file = Files.createTempFile("factdesk-", ".pdf");
    try {
      Files.write(file, pdf);
      Process p = new ProcessBuilder("pdftotext", "-enc", "UTF-8", file.toString(), "-")
          .redirectError(ProcessBuilder.Redirect.DISCARD).start();
      String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
        throw new IOException("pdftotext failed");
      }
      return text;
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /**
   * Same characters in the same order, ignoring what extractors legitimately add or cannot see:
   * line breaks and runs of spaces, bidi embedding controls (pdftotext wraps right-to-left lines in
   * them), and zero-width joiners. A zero-width non-joiner (Persian) compares as a space, so text
   * compares alike whether a tool keeps it or leaves a gap; {@code WholeTextTest} checks that both
   * extractors keep it.
   */
  static String normalise(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFC);
    n = n.replace('\u200C', ' ');
    n = n.replaceAll("[\u200B\u200D-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]", "");
    return n.replaceAll("\\s+", " ").trim();
  }

  /**
   * Letters, marks and digits only: for pdftotext on right-to-left lines, which reorders by its
   * own simplified bidi and so misplaces neutral punctuation and spaces next to numbers.
   */
  static String letters(String s) {
    return normalise(s).replaceAll("[^\\p{L}\\p{M}\\p{N}]", "");
  }
}
