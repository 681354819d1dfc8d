package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.factdesk.i18n.BundleAudit;
import org.factdesk.server.problem.Localizer;
import org.junit.jupiter.api.Test;

/** Every locale has every key; every code the server can report has a message. */
class MessageBundleTest {
  @Test
  void everyLocaleHasEveryKeyWithTheSameArguments() {
    int audited = 0;
    for (String bundle : Localizer.BUNDLES) {
      if (getClass().getClassLoader().getResource(bundle.replace('.', '/') + ".properties") == null) {
        continue;
      }
      audited++;
      assertEquals(List.of(), BundleAudit.problems(bundle, Localizer.SUPPORTED, getClass().getClassLoader()), bundle);
    }
    assertTrue(audited >= 1, "at least the main bundle exists");
  }

  @Test
  void blockingClaimReasonsReadAsWordsInEveryLanguage() {
    var args = java.util.Map.of("claim", 1234L, "quote", "the largest port", "reason", "NO_CITATION");
    String english = new Localizer().messages("en").format("guard.claimOpen", args);
    // The quote comes back isolated (FSI … PDI) so it keeps its own direction inside he/ar text.
    assertEquals("Claim 1234 (\"\u2068the largest port\u2069\") is not settled: resolved without a cited source.", english);
    for (String language : List.of("az", "ru", "he", "ar")) {
      String text = new Localizer().messages(language).format("guard.claimOpen", args);
      assertTrue(text.contains("1234") && !text.contains("NO_CITATION") && !text.contains("[guard")
          && text.contains("\u2068the largest port\u2069"), language + ": " + text);
    }
  }

  @Test
  void everyCodeUsedInTheCodeHasAMessage() throws IOException {
    Set<String> missing = new TreeSet<>();
    Set<String> found = new TreeSet<>();
    Localizer.Texts english = new Localizer().messages("en");
    Pattern guard = Pattern.compile("\"(guard\\.[A-Za-z]+)\"");
    Pattern field = Pattern.compile("new FieldError\\([^,]+, \"([A-Za-z]+)\"|new ValidationException\\([^,]+, \"([A-Za-z]+)\"");
    Pattern problem = Pattern.compile("(?:new ProblemException\\(\\d{3}, |badRequest\\(|new (?:Conflict|Unprocessable)"
        + "Exception\\(|simple\\(m, \\d{3}, |super\\()\"([a-z][A-Za-z]+)\"");
    try (Stream<Path> sources = Stream.of("../workflow/src/main/java", "src/main/java").map(Path::of)
        .flatMap(MessageBundleTest::javaFiles)) {
      for (Path source : sources.toList()) {
        String text = Files.readString(source);
        collect(guard, text, "", english, missing, found);
        collect(field, text, "field.", english, missing, found);
        Matcher m = problem.matcher(text);
        while (m.find()) {
          found.add("problem." + m.group(1));
          if (!english.has("problem." + m.group(1) + ".title")) {
            missing.add("problem." + m.group(1) + " (" + source.getFileName() + ")");
          }
        }
      }
    }
    assertTrue(found.size() > 40, () -> "the scan should find the codes in use, found only " + found);
    assertTrue(missing.isEmpty(), () -> "no message for: " + missing);
  }

  private static void collect(Pattern p, String text, String prefix, Localizer.Texts english, Set<String> missing,
      Set<String> found) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      String code = m.group(1) != null ? m.group(1) : m.group(2);
      found.add(prefix + code);
      if (code != null && !english.has(prefix + code)) {
        missing.add(prefix + code);
      }
    }
  }

  private static Stream<Path> javaFiles(Path root) {
    try {
      return Files.walk(root).filter(p -> p.toString().endsWith(".java")).toList().stream();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
