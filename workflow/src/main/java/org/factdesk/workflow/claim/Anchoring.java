package org.factdesk.workflow.claim;

import com.ibm.icu.lang.UCharacter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.i18n.Segmenter;
import org.factdesk.i18n.TextSpan;
import org.factdesk.workflow.common.UnprocessableException;

/**
 * Finds quotes in a revision's blocks and carries anchors from one revision to the next. Pure
 * functions over block texts; offsets in and out are code points (see {@link TextPosition}).
 *
 * <p>Re-anchoring, in order: (1) the same exact text at the same block and offsets → ANCHORED;
 * (2) the exact text elsewhere → the occurrence whose surroundings best match the stored prefix and
 * suffix (ties: nearest to the old place) → MOVED, or NEEDS_REVIEW when the context no longer
 * tells occurrences apart; (3) otherwise the word window with the best token-level Levenshtein
 * ratio, {@code 1 - distance / max(words in quote, words in window)} over case-folded words, if it
 * is at least {@link #FUZZY_THRESHOLD} (ties: the window as many words long as the quote, then the
 * nearest) → NEEDS_REVIEW; (4) otherwise ORPHANED (or still REMOVED
 * if a person had confirmed its removal), keeping the last quote. A claim is never dropped.
 */
public final class Anchoring {
  /** Code points of context stored on each side of a quote. */
  public static final int CONTEXT = 32;
  /** Lowest token-level similarity at which an edited quote is still considered the same claim. */
  public static final double FUZZY_THRESHOLD = 0.6;
  /** Context (code points, both sides together) a moved quote must keep to count as found again. */
  static final int MIN_MOVED_CONTEXT = 8;
  // ICU word boundaries are the same root rules for our languages; the tag only picks the iterator.
  private static final LanguageTag WORDS = LanguageTag.parse("en");

  private Anchoring() {}

  /** Where {@code exact} occurs with the given context (empty context matches anything). */
  public static List<TextPosition> occurrences(List<String> blocks, String exact, String prefix, String suffix) {
    List<TextPosition> found = new ArrayList<>();
    for (int b = 0; b < blocks.size(); b++) {
      String text = blocks.get(b);
      for (int i = text.indexOf(exact); i >= 0; i = text.indexOf(exact, i + 1)) {
        int end = i + exact.length();
        if (!text.substring(0, i).endsWith(prefix) || !text.substring(end).startsWith(suffix)) {
          continue;
        }
        if (!boundary(text, i) || !boundary(text, end)) {
          continue; // Half a surrogate pair is no place for an anchor.
        }
        found.add(position(text, b, i, end));
      }
    }
    return found;
  }

  /**
   * Anchors a newly flagged quote: exactly one occurrence, or a 422 (not found, or ambiguous with
   * every occurrence listed so the caller can add a prefix or suffix).
   */
  public static Anchor flag(List<String> blocks, String exact, String prefix, String suffix) {
    List<TextPosition> found = occurrences(blocks, exact, prefix == null ? "" : prefix, suffix == null ? "" : suffix);
    if (found.isEmpty()) {
      throw new UnprocessableException("quoteNotFound", Map.of("exact", shorten(exact)),
          "The quote \"" + shorten(exact) + "\" is not in the current revision");
    }
    if (found.size() > 1) {
      StringBuilder where = new StringBuilder();
      for (TextPosition p : found) {
        if (where.length() > 0) where.append(", ");
        where.append(p.block()).append(':').append(p.start()).append('-').append(p.end());
      }
      throw new UnprocessableException("quoteAmbiguous",
          Map.of("exact", shorten(exact), "count", found.size(), "occurrences", where.toString()),
          "The quote \"" + shorten(exact) + "\" occurs " + found.size() + " times (block:start-end in code points: "
              + where + "); add a prefix or suffix to say which");
    }
    return at(blocks, found.get(0), AnchorState.ANCHORED, 1000);
  }

  /** An anchor for a known span of a block, given as UTF-16 indices (e.g. a suggested sentence). */
  public static Anchor atChars(List<String> blocks, int block, int start, int end) {
    return at(blocks, position(blocks.get(block), block, start, end), AnchorState.ANCHORED, 1000);
  }

  /** Carries an anchor onto the blocks of a new revision (see the class comment for the rules). */
  public static Anchor reanchor(Anchor old, List<String> blocks) {
    TextQuote q = old.quote();
    TextPosition p = old.position();
    if (p != null && p.block() < blocks.size()) {
      String text = blocks.get(p.block());
      int cps = text.codePointCount(0, text.length());
      if (p.end() <= cps && cpSubstring(text, p.start(), p.end()).equals(q.exact())) {
        return at(blocks, p, AnchorState.ANCHORED, 1000);
      }
    }
    Anchor moved = moved(old, blocks);
    if (moved != null) {
      return moved;
    }
    Anchor fuzzy = fuzzy(old, blocks);
    if (fuzzy != null) {
      return fuzzy;
    }
    // A claim whose removal a person confirmed stays removed; anything else that vanished is an orphan.
    return new Anchor(old.state() == AnchorState.REMOVED ? AnchorState.REMOVED : AnchorState.ORPHANED, q, null, 0);
  }

  private static Anchor moved(Anchor old, List<String> blocks) {
    TextQuote q = old.quote();
    List<TextPosition> all = occurrences(blocks, q.exact(), "", "");
    if (all.isEmpty()) {
      return null;
    }
    TextPosition best = null;
    int bestScore = -1;
    int atBest = 0;
    for (TextPosition c : all) {
      TextQuote there = at(blocks, c, AnchorState.MOVED, 1000).quote();
      int score = commonSuffix(there.prefix(), q.prefix()) + commonPrefix(there.suffix(), q.suffix());
      if (score > bestScore) {
        best = c;
        bestScore = score;
        atBest = 1;
      } else if (score == bestScore) {
        atBest++;
        if (distance(c, old.position()) < distance(best, old.position())) {
          best = c;
        }
      }
    }
    // Found again only if the context still singles it out; otherwise a person should look.
    int wanted = Math.min(MIN_MOVED_CONTEXT, cpLength(q.prefix()) + cpLength(q.suffix()));
    boolean sure = bestScore >= wanted && atBest == 1;
    return at(blocks, best, sure ? AnchorState.MOVED : AnchorState.NEEDS_REVIEW, 1000);
  }

  private static Anchor fuzzy(Anchor old, List<String> blocks) {
    List<String> want = folded(Segmenter.words(old.quote().exact(), WORDS));
    if (want.isEmpty()) {
      return null;
    }
    Set<String> wanted = new HashSet<>(want);
    int n = want.size();
    int minLen = Math.max(1, n - n / 3 - 1);
    int maxLen = n + n / 3 + 1;
    double bestRatio = -1;
    int bestGap = Integer.MAX_VALUE;
    TextPosition best = null;
    for (int b = 0; b < blocks.size(); b++) {
      String text = blocks.get(b);
      List<TextSpan> words = Segmenter.words(text, WORDS);
      List<String> tokens = folded(words);
      for (int i = 0; i < words.size(); i++) {
        // A window starts at a word of the quote, or one word before it: the quote's first word may be
        // the one that was edited ("4.2 billion" became "4.3 billion"), and the highlight keeps it.
        boolean starts = wanted.contains(tokens.get(i)) || (i + 1 < words.size() && wanted.contains(tokens.get(i + 1)));
        if (!starts) {
          continue;
        }
        for (int len = minLen; len <= maxLen && i + len <= words.size(); len++) {
          double ratio = 1.0 - (double) levenshtein(want, tokens.subList(i, i + len)) / Math.max(n, len);
          TextPosition candidate = position(text, b, words.get(i).start(), words.get(i + len - 1).end());
          // Ties go to the window as long as the quote was (never a shrunk one), then the nearest.
          int sizeGap = Math.abs(len - n);
          boolean better = ratio > bestRatio + 1e-9 || (Math.abs(ratio - bestRatio) < 1e-9 && (sizeGap < bestGap
              || (sizeGap == bestGap && distance(candidate, old.position()) < distance(best, old.position()))));
          if (better) {
            bestRatio = ratio;
            bestGap = sizeGap;
            best = candidate;
          }
        }
      }
    }
    if (best == null || bestRatio < FUZZY_THRESHOLD) {
      return null;
    }
    return at(blocks, best, AnchorState.NEEDS_REVIEW, (int) Math.round(bestRatio * 1000));
  }

  /** Edit distance between two word lists (insert, delete, substitute one word each cost 1). */
  static int levenshtein(List<String> a, List<String> b) {
    int[] prev = new int[b.size() + 1];
    int[] cur = new int[b.size() + 1];
    for (int j = 0; j <= b.size(); j++) prev[j] = j;
    for (int i = 1; i <= a.size(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.size(); j++) {
        int cost = a.get(i - 1).equals(b.get(j - 1)) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.size()];
  }

  private static List<String> folded(List<TextSpan> words) {
    List<String> out = new ArrayList<>(words.size());
    for (TextSpan w : words) {
      out.add(UCharacter.foldCase(w.text(), true).toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static Anchor at(List<String> blocks, TextPosition p, AnchorState state, int similarity) {
    String text = blocks.get(p.block());
    int start = text.offsetByCodePoints(0, p.start());
    int end = text.offsetByCodePoints(start, p.end() - p.start());
    int prefixStart = start;
    for (int k = 0; k < CONTEXT && prefixStart > 0; k++) {
      prefixStart = text.offsetByCodePoints(prefixStart, -1);
    }
    int suffixEnd = end;
    for (int k = 0; k < CONTEXT && suffixEnd < text.length(); k++) {
      suffixEnd = text.offsetByCodePoints(suffixEnd, 1);
    }
    TextQuote quote = new TextQuote(text.substring(start, end), text.substring(prefixStart, start),
        text.substring(end, suffixEnd));
    return new Anchor(state, quote, p, similarity);
  }

  private static TextPosition position(String text, int block, int start, int end) {
    return new TextPosition(block, text.codePointCount(0, start), text.codePointCount(0, end));
  }

  static String cpSubstring(String text, int startCp, int endCp) {
    int start = text.offsetByCodePoints(0, startCp);
    return text.substring(start, text.offsetByCodePoints(start, endCp - startCp));
  }

  private static boolean boundary(String text, int i) {
    return i == 0 || i == text.length() || !(Character.isHighSurrogate(text.charAt(i - 1))
        && Character.isLowSurrogate(text.charAt(i)));
  }

  private static long distance(TextPosition a, TextPosition b) {
    if (a == null) return Long.MAX_VALUE;
    if (b == null) return 0;
    return Math.abs((long) a.block() - b.block()) * 1_000_000L + Math.abs((long) a.start() - b.start());
  }

  private static int commonSuffix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) n++;
    return n;
  }

  private static int commonPrefix(String a, String b) {
    int n = 0;
    while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) n++;
    return n;
  }

  private static int cpLength(String s) {
    return s.codePointCount(0, s.length());
  }

  private static String shorten(String s) {
    return s.codePointCount(0, s.length()) <= 80 ? s : s.substring(0, s.offsetByCodePoints(0, 79)) + "…";
  }
}
