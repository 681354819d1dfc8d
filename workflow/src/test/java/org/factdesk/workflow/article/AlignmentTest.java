package org.factdesk.workflow.article;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdesk.workflow.article.Alignment.Aligned;
import org.junit.jupiter.api.Test;

class AlignmentTest {
  static List<Block> blocks(String... texts) {
    return List.of(texts).stream().map(Block::paragraph).toList();
  }

  @Test
  void identicalRevisionsChangeNothing() {
    List<Block> a = blocks("One.", "Two.", "Three.");
    assertEquals(Alignment.identity(3), Alignment.between(a, a));
  }

  @Test
  void aRewrittenBlockIsChangedAndLinkedToTheBlockItReplaces() {
    List<Aligned> al = Alignment.between(blocks("One.", "Two.", "Three."), blocks("One.", "Two, rewritten.", "Three."));
    assertEquals(List.of(1), Alignment.changedIndices(al));
    assertEquals(new Aligned(1, 1, true), al.get(1));
    assertEquals(new Aligned(2, 2, false), al.get(2));
  }

  @Test
  void aMovedBlockIsNotChanged() {
    List<Aligned> al = Alignment.between(blocks("One.", "Two.", "Three."), blocks("Three.", "One.", "Two."));
    assertEquals(List.of(), Alignment.changedIndices(al));
    assertEquals(new Aligned(0, 2, false), al.get(0));
    assertEquals(new Aligned(1, 0, false), al.get(1));
  }

  @Test
  void insertedBlocksAreChangedWithoutAPredecessorAndDeletedOnesDisappear() {
    List<Aligned> al = Alignment.between(blocks("One.", "Two.", "Three."), blocks("One.", "New.", "Three."));
    assertEquals(List.of(1), Alignment.changedIndices(al));
    al = Alignment.between(blocks("One.", "Two.", "Three."), blocks("Zero.", "One.", "Three."));
    assertEquals(new Aligned(0, null, true), al.get(0));
    assertEquals(new Aligned(1, 0, false), al.get(1));
    assertEquals(new Aligned(2, 2, false), al.get(2));
  }

  @Test
  void kindChangeCountsAsChange() {
    List<Aligned> al = Alignment.between(List.of(Block.paragraph("Title")), List.of(Block.heading("Title")));
    assertEquals(List.of(0), Alignment.changedIndices(al));
  }

  /** Seeded random edits: every unchanged block really is equal to its predecessor, each old block used once. */
  @Test
  void randomEditsKeepTheAlignmentConsistent() {
    Random random = new Random(4242);
    for (int round = 0; round < 500; round++) {
      List<Block> older = new ArrayList<>();
      int n = random.nextInt(8);
      for (int i = 0; i < n; i++) {
        older.add(Block.paragraph("b" + random.nextInt(6)));
      }
      List<Block> newer = new ArrayList<>(older);
      for (int e = random.nextInt(4); e > 0; e--) {
        int op = random.nextInt(4);
        if (op == 0) {
          newer.add(random.nextInt(newer.size() + 1), Block.paragraph("n" + random.nextInt(6)));
        } else if (!newer.isEmpty() && op == 1) {
          newer.remove(random.nextInt(newer.size()));
        } else if (!newer.isEmpty() && op == 2) {
          newer.set(random.nextInt(newer.size()), Block.paragraph("c" + random.nextInt(6)));
        } else if (newer.size() > 1) {
          newer.add(random.nextInt(newer.size()), newer.remove(random.nextInt(newer.size())));
        }
      }
      List<Aligned> al = Alignment.between(older, newer);
      assertEquals(newer.size(), al.size());
      boolean[] used = new boolean[older.size()];
      for (Aligned a : al) {
        if (a.previous() != null) {
          assertFalse(used[a.previous()], "each old block at most once: " + older + " -> " + newer);
          used[a.previous()] = true;
        }
        if (!a.changed()) {
          assertEquals(older.get(a.previous()), newer.get(a.index()));
        }
      }
      if (older.equals(newer)) {
        assertEquals(Alignment.identity(older.size()), al);
      }
      // A block whose content exists unused in the old revision is never reported as changed.
      for (Aligned a : al) {
        if (a.changed()) {
          for (int i = 0; i < older.size(); i++) {
            assertTrue(used[i] || !older.get(i).equals(newer.get(a.index())), "moved block reported as changed");
          }
        }
      }
    }
  }
}
