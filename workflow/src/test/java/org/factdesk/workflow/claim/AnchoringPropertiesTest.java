package org.factdesk.workflow.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Property-style tests in plain JUnit: random articles and random edits, from fixed seeds (a
 * failure names its seed, so it can be replayed). Words are unique within an article, so "found
 * again" and "gone" have one right answer.
 */
class AnchoringPropertiesTest {
  static final int RUNS = 300;
  static final String[] SYLLABLES = {"ka", "ri", "mo", "ста", "ни", "לו", "מה", "دا", "ri", "zə", "😀", "əl", "tu", "ön"};

  /** A text of unique words: a word counter keeps every word distinct. */
  static final class Words {
    final Random random;
    int counter;

    Words(Random random) {
      this.random = random;
    }

    String word() {
      StringBuilder sb = new StringBuilder();
      for (int i = 0, n = 1 + random.nextInt(2); i < n; i++) sb.append(SYLLABLES[random.nextInt(SYLLABLES.length)]);
      return sb.append(counter++).toString();
    }

    String words(int n) {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < n; i++) {
        if (i > 0) sb.append(' ');
        sb.append(word());
      }
      return sb.toString();
    }
  }

  record Setup(List<String> blocks, Anchor anchor, int block, String before, String claim, String after) {}

  static Setup setup(Random r) {
    Words w = new Words(r);
    int n = 2 + r.nextInt(4);
    int at = r.nextInt(n);
    List<String> blocks = new ArrayList<>();
    String before = "";
    String claim = "";
    String after = "";
    for (int i = 0; i < n; i++) {
      if (i == at) {
        before = r.nextBoolean() ? "" : w.words(1 + r.nextInt(8)) + " ";
        claim = w.words(6 + r.nextInt(8));
        after = r.nextBoolean() ? "." : " " + w.words(1 + r.nextInt(8)) + ".";
        blocks.add(before + claim + after);
      } else {
        blocks.add(w.words(3 + r.nextInt(10)) + ".");
      }
    }
    return new Setup(blocks, Anchoring.flag(blocks, claim, null, null), at, before, claim, after);
  }

  static void assertConsistent(Anchor a, List<String> blocks, long seed) {
    assertNotNull(a, "seed " + seed);
    if (a.position() != null) {
      String there = Anchoring.cpSubstring(blocks.get(a.position().block()), a.position().start(), a.position().end());
      assertEquals(a.quote().exact(), there, "seed " + seed);
    } else {
      assertEquals(AnchorState.ORPHANED, a.state(), "seed " + seed);
    }
  }

  @Test
  void editsOutsideTheClaimKeepOrMoveItExactly() {
    for (long seed = 1; seed <= RUNS; seed++) {
      Random r = new Random(seed);
      Setup s = setup(r);
      Words w = new Words(r);
      w.counter = 100_000;
      List<String> edited = new ArrayList<>(s.blocks());
      int kind = r.nextInt(4);
      int block = s.block();
      switch (kind) {
        case 0 -> { // edit another block, or none
          for (int i = 0; i < edited.size(); i++) {
            if (i != block) edited.set(i, w.words(2 + r.nextInt(6)) + ".");
          }
        }
        case 1 -> { // insert blocks before
          for (int i = 0, k = 1 + r.nextInt(3); i < k; i++) edited.add(0, w.words(4) + ".");
          block += edited.size() - s.blocks().size();
        }
        case 2 -> edited.set(block, w.words(1 + r.nextInt(5)) + " " + edited.get(block)); // words before, same block
        default -> edited.set(block, edited.get(block) + " " + w.words(3)); // words after, same block
      }
      Anchor b = Anchoring.reanchor(s.anchor(), edited);
      assertConsistent(b, edited, seed);
      assertEquals(s.claim(), b.quote().exact(), "seed " + seed);
      assertEquals(block, b.position().block(), "seed " + seed);
      AnchorState expected = kind == 0 || kind == 3 ? AnchorState.ANCHORED : AnchorState.MOVED;
      assertEquals(expected, b.state(), "seed " + seed + " kind " + kind);
    }
  }

  @Test
  void aWordChangedInsideTheClaimNeedsReviewAtThatPlace() {
    for (long seed = 1; seed <= RUNS; seed++) {
      Random r = new Random(seed);
      Setup s = setup(r);
      Words w = new Words(r);
      w.counter = 100_000;
      String[] words = s.claim().split(" ");
      words[r.nextInt(words.length)] = w.word(); // one of 6..13 words replaced: similarity >= 0.83
      String claim = String.join(" ", words);
      List<String> edited = new ArrayList<>(s.blocks());
      edited.set(s.block(), s.before() + claim + s.after());
      Anchor b = Anchoring.reanchor(s.anchor(), edited);
      assertConsistent(b, edited, seed);
      assertEquals(AnchorState.NEEDS_REVIEW, b.state(), "seed " + seed);
      assertEquals(s.block(), b.position().block(), "seed " + seed);
      assertTrue(claim.contains(b.quote().exact()) || b.quote().exact().contains(claim), "seed " + seed + ": "
          + b.quote().exact() + " vs " + claim);
      assertTrue(b.similarity() >= 600, "seed " + seed);
    }
  }

  @Test
  void aRemovedClaimIsOrphanedNeverDropped() {
    for (long seed = 1; seed <= RUNS; seed++) {
      Random r = new Random(seed);
      Setup s = setup(r);
      List<String> edited = new ArrayList<>(s.blocks());
      if (r.nextBoolean() && edited.size() > 1) {
        edited.remove(s.block());
      } else {
        edited.set(s.block(), s.before() + "replaced entirely" + s.after());
      }
      Anchor b = Anchoring.reanchor(s.anchor(), edited);
      assertConsistent(b, edited, seed);
      assertEquals(AnchorState.ORPHANED, b.state(), "seed " + seed);
      assertEquals(s.claim(), b.quote().exact(), "seed " + seed);
    }
  }

  @Test
  void anyRandomEditSequenceLeavesEveryClaimAccountedFor() {
    for (long seed = 1; seed <= RUNS; seed++) {
      Random r = new Random(seed);
      Setup s = setup(r);
      Words w = new Words(r);
      w.counter = 100_000;
      List<String> blocks = new ArrayList<>(s.blocks());
      Anchor a = s.anchor();
      for (int step = 0; step < 6; step++) {
        int b = r.nextInt(blocks.size());
        String text = blocks.get(b);
        int cut = text.offsetByCodePoints(0, r.nextInt(text.codePointCount(0, text.length()) + 1));
        switch (r.nextInt(4)) {
          case 0 -> blocks.set(b, text.substring(0, cut) + w.word() + " " + text.substring(cut));
          case 1 -> blocks.add(r.nextInt(blocks.size() + 1), w.words(3) + ".");
          case 2 -> {
            if (blocks.size() > 1) blocks.remove(b);
          }
          default -> blocks.set(b, text.substring(0, cut));
        }
        blocks.replaceAll(t -> t.isEmpty() ? "x" + w.word() : t);
        Anchor next = Anchoring.reanchor(a, blocks);
        assertConsistent(next, blocks, seed);
        if (next.state() == AnchorState.ANCHORED || next.state() == AnchorState.MOVED) {
          assertEquals(a.quote().exact(), next.quote().exact(), "seed " + seed);
        }
        assertNotEquals("", next.quote().exact());
        a = next;
      }
    }
  }
}
