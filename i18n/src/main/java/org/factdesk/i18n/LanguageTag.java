package org.factdesk.i18n;

import com.ibm.icu.util.IllformedLocaleException;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A validated BCP 47 language tag in ICU's canonical form ({@code "EN-gb"} becomes {@code "en-GB"},
 * {@code "iw"} becomes {@code "he"}, {@code "sh"} becomes {@code "sr-Latn"}).
 *
 * <p>Surrounding whitespace is ignored. Rejected: blank input, anything over {@value #MAX_LENGTH}
 * characters, ill-formed tags, Java/POSIX style underscores ({@code "en_US"}, with a hint), tags
 * without a language ({@code "und"}, {@code "x-…"} private use only) and language subtags that ICU
 * does not list as ISO 639 codes ({@code "xx"}, {@code "qaa"}).
 */
public final class LanguageTag {

  /** Longest accepted input; real tags with a region and script are under 20 characters. */
  public static final int MAX_LENGTH = 64;

  /** Unknown script (ISO 15924), for languages ICU has no likely script for. */
  static final String UNKNOWN_SCRIPT = "Zzzz";

  private static final Set<String> ISO_LANGUAGES =
      Arrays.stream(ULocale.getISOLanguages()).collect(Collectors.toUnmodifiableSet());

  private final ULocale locale;
  private final String value;

  private LanguageTag(ULocale locale) {
    this.locale = locale;
    this.value = locale.toLanguageTag();
  }

  /**
   * Validates and canonicalises {@code raw}.
   *
   * @throws InvalidLanguageTagException if {@code raw} is not an acceptable tag
   */
  public static LanguageTag parse(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new InvalidLanguageTagException(raw, "it is empty");
    }
    String tag = raw.strip();
    if (tag.length() > MAX_LENGTH) {
      throw new InvalidLanguageTagException(
          raw, "longer than " + MAX_LENGTH + " characters (" + tag.length() + ")");
    }
    if (tag.indexOf('_') >= 0) {
      throw new InvalidLanguageTagException(
          raw,
          "subtags are separated by \"-\", not \"_\" (did you mean \""
              + tag.replace('_', '-')
              + "\"?)");
    }
    ULocale parsed;
    try {
      parsed = new ULocale.Builder().setLanguageTag(tag).build();
    } catch (IllformedLocaleException e) {
      throw new InvalidLanguageTagException(raw, "ill-formed (" + e.getMessage() + ")");
    }
    ULocale canonical = ULocale.createCanonical(parsed);
    String language = canonical.getLanguage();
    if (language.isEmpty()) {
      throw new InvalidLanguageTagException(
          raw, "no language subtag (\"und\" or private use only)");
    }
    if (!ISO_LANGUAGES.contains(language)) {
      throw new InvalidLanguageTagException(raw, "unknown language subtag \"" + language + "\"");
    }
    return new LanguageTag(canonical);
  }

  /** The canonical tag, e.g. {@code "az-Latn"}. */
  public String value() {
    return value;
  }

  public ULocale toULocale() {
    return locale;
  }

  public Locale toLocale() {
    return locale.toLocale();
  }

  /** The primary language subtag, e.g. {@code "az"} for {@code "az-Latn-AZ"}. */
  public String language() {
    return locale.getLanguage();
  }

  /**
   * The ISO 15924 script: the explicit one, else ICU's likely script for the tag ({@code "ar"} →
   * {@code "Arab"}, {@code "zh-TW"} → {@code "Hant"}), else {@code "Zzzz"} (unknown).
   */
  public String script() {
    String script = locale.getScript();
    if (script.isEmpty()) {
      script = ULocale.addLikelySubtags(locale).getScript();
    }
    return script.isEmpty() ? UNKNOWN_SCRIPT : script;
  }

  /** The writing direction of {@link #script()}, from ICU's data. */
  public Direction direction() {
    return locale.isRightToLeft() ? Direction.RTL : Direction.LTR;
  }

  /**
   * Whether someone holding this language can work in {@code target}: the tags are equal, or this
   * tag's subtags are a leading part of the target's ({@code az} covers {@code az-Latn}, {@code en}
   * covers {@code en-GB}; {@code az-Latn} does not cover {@code az-Cyrl}, nor {@code az}).
   */
  public boolean covers(LanguageTag target) {
    return target.value.equals(value) || target.value.startsWith(value + "-");
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof LanguageTag other && other.value.equals(value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return value;
  }
}
