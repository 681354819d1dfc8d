package org.factdesk.workflow.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How the blocks of a newer source revision line up with an older one: for each new block, the old
 * block it comes from (if any) and whether its content changed. Blocks are matched by a Myers diff
 * over whole blocks; a block that only moved (identical content elsewhere) is not changed; a block
 * rewritten in place is changed and keeps a link to the block it replaces, so its old translation
 * can be offered as a starting point.
 */
public final class Alignment {
  private Alignment() {}

  /** {@code previous} is the index in the old revision, or null for a new block. */
  public record Aligned(int index, Integer previous, boolean changed) {}

  public static List<Aligned> between(List<Block> older, List<Block> newer) {
    Integer[] previous = new Integer[newer.size()];
    boolean[] changed = new boolean[newer.size()];
    boolean[] oldUsed = new boolean[older.size()];
    Arrays.fill(changed, true);
    List<AbstractDelta<Block>> deltas = DiffUtils.diff(older, newer).getDeltas();
    int o = 0;
    int n = 0;
    for (AbstractDelta<Block> d : deltas) {
      // Everything before a delta is equal, pairwise.
      for (; o < d.getSource().getPosition(); o++, n++) {
        match(previous, changed, oldUsed, o, n);
      }
      o += d.getSource().size();
      n += d.getTarget().size();
    }
    for (; o < older.size() && n < newer.size(); o++, n++) {
      match(previous, changed, oldUsed, o, n);
    }
    // Moved blocks: identical content whose old position was not matched in order.
    for (int j = 0; j < newer.size(); j++) {
      if (previous[j] != null) {
        continue;
      }
      for (int i = 0; i < older.size(); i++) {
        if (!oldUsed[i] && older.get(i).equals(newer.get(j))) {
          match(previous, changed, oldUsed, i, j);
          break;
        }
      }
    }
    // Rewritten blocks: pair what is left of each CHANGE delta positionally.
    for (AbstractDelta<Block> d : deltas) {
      if (d.getType() != DeltaType.CHANGE) {
        continue;
      }
      List<Integer> oldLeft = new ArrayList<>();
      for (int i = d.getSource().getPosition(); i < d.getSource().getPosition() + d.getSource().size(); i++) {
        if (!oldUsed[i]) {
          oldLeft.add(i);
        }
      }
      int k = 0;
      for (int j = d.getTarget().getPosition(); j < d.getTarget().getPosition() + d.getTarget().size()
          && k < oldLeft.size(); j++) {
        if (previous[j] == null) {
          previous[j] = oldLeft.get(k);
          oldUsed[oldLeft.get(k++)] = true;
        }
      }
    }
    List<Aligned> result = new ArrayList<>(newer.size());
    for (int j = 0; j < newer.size(); j++) {
      result.add(new Aligned(j, previous[j], changed[j]));
    }
    return result;
  }

  /** Every block unchanged and in place: what a translation based on the current revision has. */
  public static List<Aligned> identity(int size) {
    List<Aligned> result = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      result.add(new Aligned(i, i, false));
    }
    return result;
  }

  public static List<Integer> changedIndices(List<Aligned> alignment) {
    return alignment.stream().filter(Aligned::changed).map(Aligned::index).toList();
  }

  private static void match(Integer[] previous, boolean[] changed, boolean[] oldUsed, int o, int n) {
    previous[n] = o;
    changed[n] = false;
    oldUsed[o] = true;
  }
}
