package org.factdesk.i18n;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.util.LocaleMatcher;
import com.ibm.icu.util.LocalePriorityList;
import com.ibm.icu.util.ULocale;
import java.text.FieldPosition;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Localised server messages: UTF-8 {@code .properties} bundles whose base file is English,
 * formatted as ICU MessageFormat patterns with named arguments ({@code "{count, plural, one {#
 * claim} other {# claims}}"}). A key missing in a locale falls back to the English text; a key
 * missing everywhere comes back as {@code "[key]"}. Formatting never throws.
 */
public final class Messages {

  /** The language of every bundle's base file. */
  public static final Locale BASE_LOCALE = Locale.ENGLISH;

  private static final System.Logger LOG = System.getLogger(Messages.class.getName());

  // No fallback to the JVM default locale: an unknown locale must get the English base file.
  private static final ResourceBundle.Control CONTROL =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  // Keyed by pattern text rather than bundle key, so bundles from different class loaders never
  // share entries. Entries are prototypes: ICU formats are not thread-safe, so each use clones.
  private static final Map<PatternKey, MessageFormat> FORMATS = new ConcurrentHashMap<>();

  // Per pattern: the arguments that choose a branch (select), which must reach ICU unchanged.
  private static final Map<String, Set<String>> SELECTORS = new ConcurrentHashMap<>();

  private static final char FIRST_STRONG_ISOLATE = '\u2068';
  private static final char POP_DIRECTIONAL_ISOLATE = '\u2069';

  private static final Map<List<Locale>, LocaleMatcher> MATCHERS = new ConcurrentHashMap<>();

  private record PatternKey(Locale locale, String pattern) {}

  private final ResourceBundle bundle;
  private final Locale locale;

  private Messages(ResourceBundle bundle) {
    this.bundle = bundle;
    Locale found = bundle.getLocale();
    this.locale = found.equals(Locale.ROOT) ? BASE_LOCALE : found;
  }

  /**
   * The messages of bundle {@code bundleBaseName} (e.g. {@code "org.factdesk.server.messages"})
   * closest to {@code locale}.
   *
   * @throws MissingResourceException if the bundle has no base file
   */
  public static Messages of(String bundleBaseName, Locale locale, ClassLoader loader) {
    return new Messages(ResourceBundle.getBundle(bundleBaseName, locale, loader, CONTROL));
  }

  /**
   * The best of {@code supported} for an HTTP {@code Accept-Language} header, using CLDR's language
   * matching (so {@code "iw"} finds {@code he}, {@code "en-AU"} finds {@code en}). A missing,
   * malformed or unmatched header gives the first supported locale.
   */
  public static Locale negotiate(String acceptLanguageHeader, List<Locale> supported) {
    if (supported.isEmpty()) {
      throw new IllegalArgumentException("no supported locales");
    }
    Locale fallback = supported.get(0);
    if (acceptLanguageHeader == null || acceptLanguageHeader.isBlank()) {
      return fallback;
    }
    try {
      LocalePriorityList wanted = LocalePriorityList.add(acceptLanguageHeader).build();
      LocaleMatcher matcher =
          MATCHERS.computeIfAbsent(
              List.copyOf(supported),
              list -> LocaleMatcher.builder().setSupportedLocales(list).build());
      Locale best = matcher.getBestMatchResult(wanted).getSupportedLocale();
      return best == null ? fallback : best;
    } catch (RuntimeException malformed) {
      // ICU reports bad q-values and tags with assorted runtime exceptions.
      return fallback;
    }
  }

  /** The locale whose texts this instance uses; {@link #BASE_LOCALE} for the base file. */
  public Locale locale() {
    return locale;
  }

  /** Whether {@code key} exists in this locale or in the English base file. */
  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  /** Every key of this locale and the English base file. */
  public java.util.Set<String> keys() {
    return java.util.Collections.unmodifiableSet(bundle.keySet());
  }

  public String format(String key) {
    return format(key, Map.of());
  }

  /**
   * The message for {@code key} with {@code args} filled in by name. A broken pattern or argument
   * is logged and the raw pattern returned.
   */
  public String format(String key, Map<String, ?> args) {
    return format(key, args, false);
  }

  /**
   * Like {@link #format(String, Map)}, but every text argument (a quote, a title, a name) is
   * wrapped in Unicode directional isolates (FSI … PDI), so an English quote inside a Hebrew or
   * Arabic sentence keeps its own order ("40,000 cars a day" does not become "cars a day 40,000")
   * in any client that shows plain text. Not for text typeset by our own PDF code.
   */
  public String formatIsolated(String key, Map<String, ?> args) {
    return format(key, args, true);
  }

  private String format(String key, Map<String, ?> args, boolean isolateText) {
    Objects.requireNonNull(key, "key");
    if (!bundle.containsKey(key)) {
      return "[" + key + "]";
    }
    String pattern = bundle.getString(key);
    try {
      MessageFormat prototype =
          FORMATS.computeIfAbsent(
              new PatternKey(locale, pattern),
              k -> new MessageFormat(k.pattern(), ULocale.forLocale(k.locale())));
      MessageFormat format = (MessageFormat) prototype.clone();
      Map<String, ?> values = args == null ? Map.of() : args;
      if (isolateText) {
        values = isolated(pattern, values);
      }
      return format
          .format(values, new StringBuffer(), new FieldPosition(0))
          .toString();
    } catch (IllegalArgumentException e) {
      LOG.log(System.Logger.Level.WARNING, "Cannot format message " + key + " for " + locale, e);
      return pattern;
    }
  }

  private static Map<String, ?> isolated(String pattern, Map<String, ?> args) {
    Set<String> selectors = SELECTORS.computeIfAbsent(pattern, Messages::selectorsOf);
    Map<String, Object> wrapped = new java.util.HashMap<>(args);
    wrapped.replaceAll(
        (name, value) ->
            value instanceof CharSequence text && !selectors.contains(name)
                ? FIRST_STRONG_ISOLATE + text.toString() + POP_DIRECTIONAL_ISOLATE
                : value);
    return wrapped;
  }

  private static Set<String> selectorsOf(String pattern) {
    MessagePattern parsed = new MessagePattern(pattern);
    Set<String> names = new java.util.HashSet<>();
    for (int i = 0; i < parsed.countParts(); i++) {
      MessagePattern.Part part = parsed.getPart(i);
      if (part.getType() == MessagePattern.Part.Type.ARG_START
          && part.getArgType() != MessagePattern.ArgType.NONE
          && part.getArgType() != MessagePattern.ArgType.SIMPLE) {
        names.add(parsed.getSubstring(parsed.getPart(i + 1)));
      }
    }
    return Set.copyOf(names);
  }
}
