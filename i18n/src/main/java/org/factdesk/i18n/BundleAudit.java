package org.factdesk.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Checks that message bundles in the {@link Messages} format are complete and consistent. Meant for
 * each module's tests: {@code assertEquals(List.of(), BundleAudit.problems(...))}.
 */
public final class BundleAudit {

  private static final ResourceBundle.Control NAMES =
      ResourceBundle.Control.getControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private BundleAudit() {}

  /**
   * Problems with bundle {@code bundleBaseName} in {@code locales}, one readable line each; empty
   * when all is well. Each file is read on its own, not through the fallback chain, so a key the
   * English base file has and a locale lacks is reported. Checked: a file missing or not valid
   * UTF-8, keys missing or extra compared with the base file, values containing U+FFFD, patterns
   * ICU MessageFormat cannot parse or that use numbered instead of named arguments, and argument
   * names that differ from the base file's. English (or the root locale) in {@code locales} means
   * the base file unless a separate English file exists.
   */
  public static List<String> problems(
      String bundleBaseName, List<Locale> locales, ClassLoader loader) {
    List<String> problems = new ArrayList<>();
    String baseFile = resourceName(bundleBaseName, Locale.ROOT);
    Map<String, String> base = read(baseFile, loader, problems);
    if (base == null) {
      return problems;
    }
    checkValues(baseFile, base, Messages.BASE_LOCALE, problems);
    for (Locale locale : locales) {
      String file = resourceName(bundleBaseName, locale);
      boolean isBase =
          locale.equals(Locale.ROOT)
              || (locale.equals(Messages.BASE_LOCALE) && loader.getResource(file) == null);
      if (isBase) {
        continue;
      }
      Map<String, String> translated = read(file, loader, problems);
      if (translated == null) {
        continue;
      }
      checkValues(file, translated, locale, problems);
      for (String key : base.keySet()) {
        if (!translated.containsKey(key)) {
          problems.add(file + ": missing key " + key);
        }
      }
      for (Map.Entry<String, String> entry : translated.entrySet()) {
        String key = entry.getKey();
        if (!base.containsKey(key)) {
          problems.add(file + ": key " + key + " is not in " + baseFile);
          continue;
        }
        Set<String> expected = argumentNames(base.get(key));
        Set<String> actual = argumentNames(entry.getValue());
        if (expected != null && actual != null && !expected.equals(actual)) {
          problems.add(
              file
                  + ": key "
                  + key
                  + " has arguments "
                  + actual
                  + " but the base file has "
                  + expected);
        }
      }
    }
    return problems;
  }

  private static void checkValues(
      String file, Map<String, String> values, Locale locale, List<String> problems) {
    values.forEach(
        (key, value) -> {
          if (value.indexOf('\uFFFD') >= 0) {
            problems.add(file + ": key " + key + " contains U+FFFD (text decoded wrongly)");
          }
          try {
            new MessageFormat(value, locale);
            if (new MessagePattern(value).hasNumberedArguments()) {
              problems.add(file + ": key " + key + " uses numbered arguments; name them");
            }
          } catch (IllegalArgumentException e) {
            problems.add(file + ": key " + key + " is not a valid ICU message: " + e.getMessage());
          }
        });
  }

  // Every argument name in the pattern, nested ones (inside plural/select) included; null when
  // the pattern does not parse (already reported).
  private static Set<String> argumentNames(String pattern) {
    MessagePattern parsed;
    try {
      parsed = new MessagePattern(pattern);
    } catch (IllegalArgumentException e) {
      return null;
    }
    Set<String> names = new TreeSet<>();
    for (int i = 0; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_NAME
          || part.getType() == MessagePattern.Part.Type.ARG_NUMBER) {
        names.add(parsed.getSubstring(part));
      }
    }
    return names;
  }

  private static Map<String, String> read(String file, ClassLoader loader, List<String> problems) {
    try (InputStream in = loader.getResourceAsStream(file)) {
      if (in == null) {
        problems.add(file + ": file missing");
        return null;
      }
      Properties properties = new Properties();
      properties.load(new StringReader(TextInput.decodeUtf8(in.readAllBytes())));
      Map<String, String> values = new TreeMap<>();
      properties.stringPropertyNames().forEach(key -> values.put(key, properties.getProperty(key)));
      return values;
    } catch (InvalidTextException e) {
      problems.add(file + ": not valid UTF-8 (" + e.getMessage() + ")");
      return null;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String resourceName(String bundleBaseName, Locale locale) {
    return NAMES.toResourceName(NAMES.toBundleName(bundleBaseName, locale), "properties");
  }
}
