package org.factdesk.exports.pdf;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.factdesk.exports.model.ExportBlock;
import org.factdesk.exports.model.ExportDocument;

/**
 * A documented benchmark harness (not a test): times PDF export per article on one thread, for an
 * article the size of a typical opinion piece (~1,100 words) and a 5,000-word one, in English,
 * Hebrew, Arabic and Georgian, and reports bytes allocated per export. The articles repeat the
 * samples' sentences, so it also times each 5,000-word article with its words scrambled. It also writes the same
 * content as HTML to {@code target/bench/}, for the comparison with Chromium's print-to-PDF
 * described in BENCHMARKS.md. Run it as BENCHMARKS.md says; it is not part of the test suite.
 */
public final class ExportBenchmark {
  private static final int WARMUP = 15;
  private static final int MEASURED = 30;
  private static final int GLOBAL_WARMUP = 10;
  /** en, he, ar, ka unless {@code -Dfactdesk.bench.languages=th,ko,…} names others (issue 19). */
  private static final List<String> LANGUAGES =
      List.of(System.getProperty("factdesk.bench.languages", "en,he,ar,ka").split(","));
  /** Written without spaces between words: their words are counted by ICU's word breaks. */
  private static final List<String> UNSPACED = List.of("th", "lo", "km", "my");
  /** Negative: that many words with each word's letters shuffled ("<lang>-5000x"), see below. */
  private static final int[] SIZES = {1_100, 5_000, -5_000};

  private ExportBenchmark() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "target/bench");
    Files.createDirectories(out);
    var threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    PdfExporter exporter = new PdfExporter();
    // The JIT shares the one core: warm every code path before timing any article, else the
    // first articles timed pay for compiling what the later ones use.
    for (int i = 0; i < GLOBAL_WARMUP; i++) {
      for (String lang : LANGUAGES) {
        for (int words : SIZES) {
          exporter.export(document(lang, words));
        }
      }
    }
    System.out.println("lang words median_ms p90_ms kb alloc_mb_per_export");
    for (String lang : LANGUAGES) {
      for (int words : SIZES) {
        ExportDocument doc = document(lang, words);
        String name = lang + "-" + (words > 0 ? words : -words + "x");
        byte[] pdf = null;
        for (int i = 0; i < WARMUP; i++) {
          pdf = exporter.export(doc);
        }
        long[] nanos = new long[MEASURED];
        long allocated = 0;
        for (int i = 0; i < MEASURED; i++) {
          long before = threads.getCurrentThreadAllocatedBytes();
          long start = System.nanoTime();
          pdf = exporter.export(doc);
          nanos[i] = System.nanoTime() - start;
          allocated += threads.getCurrentThreadAllocatedBytes() - before;
        }
        Arrays.sort(nanos);
        System.out.printf("%s %s %.1f %.1f %.1f %.1f%n", lang, name.substring(lang.length() + 1), nanos[MEASURED / 2] / 1e6,
            nanos[MEASURED * 9 / 10] / 1e6, pdf.length / 1024.0, allocated / (double) MEASURED / 1e6);
        Files.write(out.resolve(name + ".pdf"), pdf);
        Files.writeString(out.resolve(name + ".html"), html(doc), StandardCharsets.UTF_8);
      }
    }
  }

  /**
   * The article for a size in {@link #SIZES}. The repeated sample sentences flatter any per-word
   * cache, hence also the scrambled one, where few words recur.
   */
  static ExportDocument document(String lang, int words) {
    Samples.Script script = Samples.script(lang);
    return words > 0 ? article(script, words) : scrambled(article(script, -words));
  }

  /** The script's paragraphs repeated, with a heading every few paragraphs, up to about {@code words} words. */
  static ExportDocument article(Samples.Script s, int words) {
    List<ExportBlock> blocks = new ArrayList<>();
    int count = 0;
    for (int i = 0; count < words; i++) {
      if (i % 6 == 5) {
        blocks.add(ExportBlock.heading(s.title()));
      }
      String p = s.paragraphs().get(i % s.paragraphs().size()) + " " + s.paragraphs().get((i + 1) % s.paragraphs().size());
      blocks.add(ExportBlock.paragraph(p));
      count += UNSPACED.contains(s.lang()) ? icuWords(p, s.lang()) : p.split("\\s+").length;
    }
    ExportDocument base = Samples.plain(s);
    return new ExportDocument(base.articleId(), base.revisionNumber(), base.revisionSha256(), base.title(), null,
        base.byline(), base.language(), base.direction(), base.approvedAt(), blocks, List.of(), base.approvals(),
        base.exportedAt());
  }

  private static int icuWords(String text, String lang) {
    com.ibm.icu.text.BreakIterator words =
        com.ibm.icu.text.BreakIterator.getWordInstance(com.ibm.icu.util.ULocale.forLanguageTag(lang));
    words.setText(text);
    int n = 0;
    for (int b = words.next(); b != com.ibm.icu.text.BreakIterator.DONE; b = words.next()) {
      if (words.getRuleStatus() != com.ibm.icu.text.BreakIterator.WORD_NONE) {
        n++;
      }
    }
    return n;
  }

  /** The same article with each word's letters shuffled (fixed seed): mostly distinct words. */
  static ExportDocument scrambled(ExportDocument doc) {
    java.util.Random random = new java.util.Random(42);
    List<ExportBlock> blocks = new ArrayList<>();
    for (ExportBlock b : doc.blocks()) {
      StringBuilder text = new StringBuilder();
      for (String word : b.text().split(" ", -1)) {
        List<Integer> letters = new ArrayList<>();
        word.codePoints().forEach(letters::add);
        java.util.Collections.shuffle(letters, random);
        if (text.length() > 0) {
          text.append(' ');
        }
        letters.forEach(text::appendCodePoint);
      }
      blocks.add(b.kind() == ExportBlock.Kind.HEADING ? ExportBlock.heading(text.toString())
          : ExportBlock.paragraph(text.toString()));
    }
    return new ExportDocument(doc.articleId(), doc.revisionNumber(), doc.revisionSha256(), doc.title(), null,
        doc.byline(), doc.language(), doc.direction(), doc.approvedAt(), blocks, List.of(), doc.approvals(),
        doc.exportedAt());
  }

  static String html(ExportDocument doc) {
    StringBuilder sb = new StringBuilder("<!DOCTYPE html><html lang=\"").append(doc.language()).append("\" dir=\"")
        .append(doc.direction()).append("\"><head><meta charset=\"utf-8\"><title>").append(escape(doc.title()))
        .append("</title><style>body{font-family:'Noto Sans','Noto Sans Hebrew','Noto Naskh Arabic',"
            + "'Noto Sans Georgian',sans-serif;margin:2cm;font-size:11pt}</style></head><body><h1>")
        .append(escape(doc.title())).append("</h1>");
    for (ExportBlock b : doc.blocks()) {
      String tag = switch (b.kind()) {
        case HEADING -> "h2";
        case QUOTE -> "blockquote";
        case PARAGRAPH -> "p";
      };
      sb.append('<').append(tag).append('>').append(escape(b.text())).append("</").append(tag).append('>');
    }
    return sb.append("</body></html>").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
