package org.factdesk.i18n.figures;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words from ICU's data (scale words, percent words, month names) and what each stands for, matched
 * the way people write them.
 *
 * <ul>
 *   <li>Case-folded and NFKC-normalised, bidi marks and spaces ignored ("per cent" = "percent").
 *   <li>Forms of one or two letters ("K", "M", "क॰") only as ICU writes them, with their mark,
 *       since "m" and "k" also stand for metres and kilos.
 *   <li>Forms ICU capitalises ("March") only capitalised, so "march" and "may" stay verbs.
 *   <li>A trailing abbreviation mark is optional for longer forms ("млрд." = "млрд").
 *   <li>Inflection: up to {@value #MAX_SUFFIX} more letters after a stem ("миллионами",
 *       "martında"); stems of three letters only right next to a number, of two letters only there
 *       and with at most two more ("мае" from "ма").
 *   <li>Prefixes found in ICU's date patterns, like Hebrew "ב" in "3 במרץ".
 * </ul>
 *
 * A key that two values claim (a word with different meanings across regions) matches nothing.
 */
final class WordTable<V> {

  static final int MAX_SUFFIX = 4;
  private static final int MIN_STEM = 2;
  private static final int MIN_FREE_STEM = 4;
  private static final int MAX_SHORT = 2;

  private record Entry<V>(V value, String form, boolean marked, boolean capital, boolean free) {}

  private final Map<String, Entry<V>> exact;
  private final Map<String, Entry<V>> stems;
  private final List<String> prefixes;

  private WordTable(Builder<V> builder) {
    exact = Map.copyOf(builder.exact);
    stems = Map.copyOf(builder.stems);
    prefixes = List.copyOf(builder.prefixes);
  }

  /**
   * What {@code written} stands for, or null.
   *
   * @param written a word or a few words as they stand in the text
   * @param marked whether an abbreviation mark follows it
   * @param nextToNumber whether a number stands right before or after it
   */
  V find(String written, boolean marked, boolean nextToNumber) {
    String plain = Chars.visible(written);
    String key = Chars.key(plain);
    // An ending belongs to one word: "میلیارد منات" is not an inflection of "میلیارد".
    boolean inflectable = plain.codePoints().noneMatch(Character::isWhitespace);
    V value = lookup(key, plain, marked, nextToNumber, inflectable);
    for (int p = 0; value == null && p < prefixes.size(); p++) {
      String prefix = prefixes.get(p);
      if (key.length() > prefix.length() && key.startsWith(prefix)) {
        // Prefixes come from caseless scripts, so case is not checked after one.
        value = lookup(key.substring(prefix.length()), null, marked, nextToNumber, inflectable);
      }
    }
    return value;
  }

  private V lookup(
      String key, String plain, boolean marked, boolean nextToNumber, boolean inflectable) {
    Entry<V> entry = exact.get(key);
    if (entry != null && fits(entry, plain, marked)) {
      return entry.value();
    }
    if (!inflectable) {
      return null;
    }
    int length = key.codePointCount(0, key.length());
    for (int cut = 1; cut <= MAX_SUFFIX && length - cut >= MIN_STEM; cut++) {
      int stemLength = length - cut;
      Entry<V> byStem = stems.get(key.substring(0, key.offsetByCodePoints(0, stemLength)));
      boolean reaches =
          byStem != null
              && ((byStem.free() && stemLength >= MIN_FREE_STEM)
                  || (nextToNumber && (stemLength > MIN_STEM || cut <= MAX_SHORT)));
      if (reaches && capitalAsNeeded(byStem, plain)) {
        return byStem.value();
      }
    }
    return null;
  }

  private static boolean fits(Entry<?> entry, String plain, boolean marked) {
    if (isShort(Chars.key(entry.form()))) {
      return entry.form().equals(plain) && (marked || !entry.marked());
    }
    return capitalAsNeeded(entry, plain);
  }

  private static boolean capitalAsNeeded(Entry<?> entry, String plain) {
    return !entry.capital() || (plain != null && Chars.startsCapitalised(plain));
  }

  private static boolean isShort(String key) {
    return key.codePointCount(0, key.length()) <= MAX_SHORT;
  }

  /** Collects ICU's forms; conflicting keys are dropped when built. */
  static final class Builder<V> {

    private final Map<String, Entry<V>> exact = new HashMap<>();
    private final Map<String, Entry<V>> stems = new HashMap<>();
    private final Set<String> conflicts = new HashSet<>();
    private final Set<String> stemConflicts = new HashSet<>();
    private final List<String> prefixes = new ArrayList<>();

    /** A form ICU writes, matched whole (with an optional mark if it has one). */
    Builder<V> add(String icuForm, V value) {
      String visible = Chars.visible(icuForm);
      String form = withoutMark(visible);
      boolean marked = form.length() < visible.length();
      String key = Chars.key(form);
      if (!key.isEmpty() && key.codePoints().anyMatch(Chars::isWordPart)) {
        put(exact, conflicts, key, new Entry<>(value, form, marked, capital(form), true));
      }
      return this;
    }

    /** A form matched whole, or (from three letters) with an inflectional ending after it. */
    Builder<V> addInflected(String icuForm, V value) {
      add(icuForm, value);
      String key = Chars.key(withoutMark(Chars.visible(icuForm)));
      return key.codePointCount(0, key.length()) > MAX_SHORT ? addStem(icuForm, value) : this;
    }

    /** A stem after which up to {@value #MAX_SUFFIX} letters may follow. */
    Builder<V> addStem(String stem, V value) {
      return stem(stem, value, true);
    }

    /** A stem that only counts right next to a number, as in a date. */
    Builder<V> addStemNextToNumber(String stem, V value) {
      return stem(stem, value, false);
    }

    private Builder<V> stem(String stem, V value, boolean free) {
      String form = withoutMark(Chars.visible(stem));
      String key = Chars.key(form);
      if (key.codePointCount(0, key.length()) >= MIN_STEM) {
        put(stems, stemConflicts, key, new Entry<>(value, form, false, capital(form), free));
      }
      return this;
    }

    /** Letters that may stand before a form, like Hebrew "ב" ("in") before a month. */
    Builder<V> addPrefix(String prefix) {
      String key = Chars.key(prefix);
      if (!key.isEmpty() && !prefixes.contains(key)) {
        prefixes.add(key);
      }
      return this;
    }

    WordTable<V> build() {
      conflicts.forEach(exact::remove);
      stemConflicts.forEach(stems::remove);
      return new WordTable<>(this);
    }

    // Short forms keep their case anyway ("K", "M"); longer ones need a capital only if ICU has
    // one.
    private static boolean capital(String form) {
      return !isShort(Chars.key(form)) && Chars.startsCapitalised(form);
    }

    // "млрд." → "млрд": the mark is optional in text.
    private static String withoutMark(String form) {
      if (form.isEmpty() || !Chars.isAbbreviationMark(form.codePointBefore(form.length()))) {
        return form;
      }
      return Chars.visible(
          form.substring(
              0, form.length() - Character.charCount(form.codePointBefore(form.length()))));
    }

    private static <V> void put(
        Map<String, Entry<V>> map, Set<String> conflicts, String key, Entry<V> entry) {
      Entry<V> old = map.putIfAbsent(key, entry);
      if (old != null && !old.value().equals(entry.value())) {
        conflicts.add(key);
      } else if (old != null && entry.free() && !old.free()) {
        map.put(key, entry);
      }
    }
  }
}
