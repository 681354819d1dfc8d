package org.factdesk.i18n;

import com.ibm.icu.text.MessageFormat;
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
      return format
          .format(args == null ? Map.of() : args, new StringBuffer(), new FieldPosition(0))
          .toString();
    } catch (IllegalArgumentException e) {
      LOG.log(System.Logger.Level.WARNING, "Cannot format message " + key + " for " + locale, e);
      return pattern;
    }
  }
}
