package org.factdesk.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleAuditTest {

  private static final ClassLoader LOADER = BundleAuditTest.class.getClassLoader();

  private static List<Locale> locales(String... tags) {
    return java.util.Arrays.stream(tags).map(Locale::forLanguageTag).toList();
  }

  @Test
  void findsNothingWrongWithACompleteBundle() {
    assertEquals(
        List.of(),
        BundleAudit.problems(
            "testbundles.messages", locales("en", "az", "ru", "he", "ar"), LOADER));
  }

  @Test
  void findsEveryKindOfProblem() {
    assertEquals(
        List.of(
            "testbundles/broken_az.properties: key claims.open is not a valid ICU message: …",
            "testbundles/broken_ru.properties: key greeting uses numbered arguments; name them",
            "testbundles/broken_ru.properties: key greeting has arguments [0] but the base file has"
                + " [name]",
            "testbundles/broken_ru.properties: key ru.only is not in testbundles/broken.properties",
            "testbundles/broken_he.properties: missing key only.english",
            "testbundles/broken_he.properties: key greeting has arguments [user] but the base file"
                + " has [name]",
            "testbundles/broken_ar.properties: key greeting contains U+FFFD (text decoded wrongly)",
            "testbundles/broken_ka.properties: file missing"),
        BundleAudit.problems(
                "testbundles.broken", locales("en", "az", "ru", "he", "ar", "ka"), LOADER)
            .stream()
            // ICU's own parse error text follows; it is not ours to pin down.
            .map(p -> p.replaceFirst("(not a valid ICU message: ).*", "$1…"))
            .toList());
  }

  @Test
  void comparesPlaceholdersInsidePluralForms(@TempDir Path dir) throws IOException {
    write(dir, "m.properties", "n={count, plural, one {# claim by {author}} other {# claims}}\n");
    write(dir, "m_ru.properties", "n={count, plural, one {# утверждение} other {# утверждений}}\n");
    assertEquals(
        List.of(
            "m_ru.properties: key n has arguments [count] but the base file has [author, count]"),
        BundleAudit.problems("m", locales("ru"), loader(dir)));
  }

  @Test
  void reportsFilesThatAreNotUtf8(@TempDir Path dir) throws IOException {
    write(dir, "m.properties", "greeting=Hello\n");
    // "Привет" in Windows-1251, as an editor might save it.
    Files.write(dir.resolve("m_ru.properties"), "greeting=Привет\n".getBytes("windows-1251"));
    assertEquals(
        List.of("m_ru.properties: not valid UTF-8 (invalid UTF-8 at byte 9: bytes CF F0 E8 E2)"),
        BundleAudit.problems("m", locales("ru"), loader(dir)));
  }

  @Test
  void reportsAMissingBaseFileAlone(@TempDir Path dir) throws IOException {
    write(dir, "m_ru.properties", "greeting=Привет\n");
    assertEquals(
        List.of("m.properties: file missing"),
        BundleAudit.problems("m", locales("ru"), loader(dir)));
  }

  private static void write(Path dir, String name, String content) throws IOException {
    Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static ClassLoader loader(Path dir) throws IOException {
    return new URLClassLoader(new URL[] {dir.toUri().toURL()}, null);
  }
}
