package org.factdesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The web interface's own words: every language has every key, and nothing the code asks for is missing. */
class UiBundleTest {
  static final Path APP = Path.of("src/main/webapp/app");
  static final List<String> LANGUAGES = List.of("en", "az", "ru", "he", "ar");
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\w+)\\}");

  static JsonObject bundle(String lang) throws IOException {
    String text = Files.readString(APP.resolve("i18n/" + lang + ".json"), StandardCharsets.UTF_8);
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readObject();
    }
  }

  static Set<String> placeholders(String text) {
    Set<String> names = new TreeSet<>();
    Matcher m = PLACEHOLDER.matcher(text);
    while (m.find()) {
      names.add(m.group(1));
    }
    return names;
  }

  @Test
  void everyLanguageHasEveryKeyWithTheSamePlaceholders() throws IOException {
    JsonObject english = bundle("en");
    assertTrue(english.size() > 100, "the English bundle has the interface's words");
    for (String lang : LANGUAGES) {
      JsonObject other = bundle(lang);
      assertEquals(new TreeSet<>(english.keySet()), new TreeSet<>(other.keySet()), lang + ": same keys as English");
      var wrong = new TreeMap<String, String>();
      for (String key : english.keySet()) {
        String text = ((JsonString) other.get(key)).getString();
        if (text.isBlank() || text.indexOf('\uFFFD') >= 0 || !placeholders(text).equals(placeholders(english.getString(key)))) {
          wrong.put(key, text);
        }
      }
      assertEquals(new TreeMap<>(), wrong, lang + ": empty, broken or with other placeholders than English");
    }
  }

  @Test
  void rightToLeftBundlesAreWrittenInTheirScript() throws IOException {
    assertTrue(bundle("he").getString("nav.queue").codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HEBREW));
    assertTrue(bundle("ar").getString("nav.queue").codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.ARABIC));
  }

  @Test
  void everyKeyTheCodeUsesExists() throws IOException {
    JsonObject english = bundle("en");
    Pattern literal = Pattern.compile("\\bt\\('([a-zA-Z]+\\.[a-zA-Z.]+)'");
    Pattern listed = Pattern.compile("'((?:queue|articles|admin)\\.[a-zA-Z]+)'");
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(APP)) {
      for (Path js : files.filter(p -> p.toString().endsWith(".js")).toList()) {
        String code = Files.readString(js, StandardCharsets.UTF_8);
        for (Pattern p : List.of(literal, listed)) {
          Matcher m = p.matcher(code);
          while (m.find()) {
            used.add(m.group(1));
          }
        }
      }
    }
    assertTrue(used.size() > 150, () -> "the scan finds the keys in use, found " + used.size());
    Set<String> missing = new TreeSet<>(used);
    missing.removeAll(english.keySet());
    assertEquals(Set.of(), missing, "keys used in the code but missing in en.json");
  }

  @Test
  void noMarkupIsEverBuiltFromStrings() throws IOException {
    try (Stream<Path> files = Files.walk(APP)) {
      for (Path js : files.filter(p -> p.toString().endsWith(".js")).toList()) {
        String code = Files.readString(js, StandardCharsets.UTF_8);
        for (String sink : List.of("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "new Function")) {
          assertTrue(!code.contains(sink), js + " uses " + sink);
        }
      }
    }
  }
}
