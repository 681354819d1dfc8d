package org.factdesk.workflow.article;

import static org.factdesk.workflow.article.AlignmentTest.blocks;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdesk.workflow.article.BlockMerge.Conflict;
import org.junit.jupiter.api.Test;

class BlockMergeTest {
  private static final List<Block> BASE = blocks("Budget 4.2 billion manat.", "Growth 3 percent.", "Imports fell.",
      "Exports rose.");

  @Test
  void differentBlocksEditedInPlaceMerge() {
    var r = BlockMerge.merge(BASE, blocks("Budget 4.3 billion manat.", "Growth 3 percent.", "Imports fell.",
        "Exports rose."), blocks("Budget 4.2 billion manat.", "Growth 3 percent.", "Imports fell.", "Exports rose 2%."));
    assertTrue(r.clean());
    assertEquals(blocks("Budget 4.3 billion manat.", "Growth 3 percent.", "Imports fell.", "Exports rose 2%."),
        r.blocks());
  }

  @Test
  void neighbouringBlocksEditedOnDifferentSidesMerge() {
    var r = BlockMerge.merge(BASE, blocks("Budget 4.3 billion manat.", "Growth 3 percent.", "Imports fell.",
        "Exports rose."), blocks("Budget 4.2 billion manat.", "Growth 3.1 percent.", "Imports fell.", "Exports rose."));
    assertEquals(blocks("Budget 4.3 billion manat.", "Growth 3.1 percent.", "Imports fell.", "Exports rose."),
        r.blocks());
  }

  @Test
  void oneBlockChangedDifferentlyOnBothSidesIsAConflictWithAllThreeTexts() {
    var r = BlockMerge.merge(BASE, blocks("Budget 4.3 billion manat.", "Growth 3 percent.", "Imports fell.",
        "Exports rose."), blocks("Budget 4.7 billion manat.", "Growth 3 percent.", "Imports fell.", "Exports rose!"));
    assertFalse(r.clean());
    assertEquals(List.of(new Conflict(0, blocks("Budget 4.2 billion manat."), blocks("Budget 4.3 billion manat."),
        blocks("Budget 4.7 billion manat."))), r.conflicts());
    assertThrows(IllegalStateException.class, r::blocks);
    // Everything else merged around it: mine's last block, the untouched middle.
    assertEquals(blocks("Growth 3 percent.", "Imports fell.", "Exports rose!"), r.parts().get(1).agreed());
  }

  @Test
  void theSameChangeOnBothSidesIsTakenOnce() {
    List<Block> both = blocks("Budget 4.3 billion manat.", "Growth 3 percent.", "Imports fell.", "Exports rose.");
    assertEquals(both, BlockMerge.merge(BASE, both, both).blocks());
  }

  @Test
  void insertionsAndDeletionsOnDifferentSidesMerge() {
    var theirs = blocks("Budget 4.2 billion manat.", "Growth 3 percent.", "A new paragraph.", "Imports fell.",
        "Exports rose.");
    var mine = blocks("Budget 4.2 billion manat.", "Growth 3 percent.", "Imports fell.");
    assertEquals(blocks("Budget 4.2 billion manat.", "Growth 3 percent.", "A new paragraph.", "Imports fell."),
        BlockMerge.merge(BASE, theirs, mine).blocks());
  }

  @Test
  void aBlockDeletedOnOneSideAndEditedOnTheOtherIsAConflict() {
    var theirs = blocks("Budget 4.2 billion manat.", "Growth 3 percent.", "Imports fell sharply.", "Exports rose.");
    var mine = blocks("Budget 4.2 billion manat.", "Growth 3 percent.", "Exports rose.");
    var r = BlockMerge.merge(BASE, theirs, mine);
    assertEquals(List.of(new Conflict(2, blocks("Imports fell."), blocks("Imports fell sharply."), List.of())),
        r.conflicts());
  }

  @Test
  void aHeadingAndAParagraphWithTheSameWordsAreDifferentBlocks() {
    var theirs = List.of(Block.heading("Budget 4.2 billion manat."), BASE.get(1), BASE.get(2), BASE.get(3));
    var mine = List.of(BASE.get(0), BASE.get(1), BASE.get(2), Block.quote("Exports rose."));
    assertEquals(List.of(Block.heading("Budget 4.2 billion manat."), BASE.get(1), BASE.get(2),
        Block.quote("Exports rose.")), BlockMerge.merge(BASE, theirs, mine).blocks());
  }

  @Test
  void unchangedSidesGiveTheOtherSide() {
    var edit = blocks("Only this now.");
    assertEquals(edit, BlockMerge.merge(BASE, BASE, edit).blocks());
    assertEquals(edit, BlockMerge.merge(BASE, edit, BASE).blocks());
  }

  /** Whatever the edits, a clean merge keeps every block both sides agree on and each one-sided change. */
  @Test
  void randomOneSidedEditsAlwaysMergeToTheUnionOfChanges() {
    Random random = new Random(20261203);
    for (int round = 0; round < 300; round++) {
      int n = 2 + random.nextInt(8);
      List<Block> base = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        base.add(Block.paragraph("Paragraph " + i + "."));
      }
      List<Block> theirs = new ArrayList<>(base);
      List<Block> mine = new ArrayList<>(base);
      List<Block> expected = new ArrayList<>(base);
      for (int i = 0; i < n; i++) {
        switch (random.nextInt(3)) {
          case 0 -> {
            theirs.set(i, Block.paragraph("Theirs " + i + "."));
            expected.set(i, theirs.get(i));
          }
          case 1 -> {
            mine.set(i, Block.paragraph("Mine " + i + "."));
            expected.set(i, mine.get(i));
          }
          default -> { }
        }
      }
      var r = BlockMerge.merge(base, theirs, mine);
      assertEquals(expected, r.blocks(), "round " + round + ": " + theirs + " / " + mine);
    }
  }
  @Test
  void alignedTextsMergeByIndexAndWithoutABaseEveryDisagreementIsAConflict() {
    var merged = BlockMerge.aligned(List.of("a", "b", "c"), List.of("A", "b", "c"), List.of("a", "b", "C"), 0);
    assertEquals(List.of("A", "b", "C"), merged.merged());
    assertEquals(List.of(), merged.conflicts());
    var both = BlockMerge.aligned(List.of("a", "b"), List.of("A1", "b"), List.of("A2", "b"), -1);
    assertEquals(List.of(new Conflict(-1, blocks("a"), blocks("A1"), blocks("A2"))), both.conflicts());
    assertEquals(List.of("A1", "b"), both.merged(), "theirs stays where both changed, until someone chooses");
    var orphan = BlockMerge.aligned(null, List.of("x", "same"), List.of("y", "same"), 0);
    assertEquals(List.of(new Conflict(0, List.of(), blocks("x"), blocks("y"))), orphan.conflicts());
  }
}
