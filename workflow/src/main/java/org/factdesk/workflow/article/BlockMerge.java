package org.factdesk.workflow.article;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Three-way merge of two edits of one revision, block by block (the server's half of the browser's
 * merge.js, same rule): a run of blocks changed on one side only is taken from that side; changed on
 * both sides the same way, it is taken once; changed on both sides differently, it is a conflict that
 * keeps base, theirs and mine. Blocks edited in place on both sides (none added or removed) are judged
 * one by one, so two people correcting different paragraphs of one run never conflict.
 */
public final class BlockMerge {
  private BlockMerge() {}

  /** A run of blocks both sides changed differently; {@code at} is where it starts in the base revision. */
  public record Conflict(int at, List<Block> base, List<Block> theirs, List<Block> mine) {}

  /** Either agreed blocks or one conflict, in text order. */
  public record Part(List<Block> agreed, Conflict conflict) {}

  public record Result(List<Part> parts) {
    public List<Conflict> conflicts() {
      return parts.stream().filter(p -> p.conflict() != null).map(Part::conflict).toList();
    }

    public boolean clean() {
      return parts.stream().allMatch(p -> p.conflict() == null);
    }

    /** The merged text; only meaningful when {@link #clean()}. */
    public List<Block> blocks() {
      if (!clean()) {
        throw new IllegalStateException("unresolved conflicts: " + conflicts().size());
      }
      return parts.stream().flatMap(p -> p.agreed().stream()).toList();
    }
  }

  public static Result merge(List<Block> base, List<Block> theirs, List<Block> mine) {
    int[] inMine = kept(base, mine);
    int[] inTheirs = kept(base, theirs);
    List<Part> parts = new ArrayList<>();
    int b = 0;
    int m = 0;
    int t = 0;
    for (int k = 0; k < base.size(); k++) {
      // A base block both sides kept, in order: everything since the last such block is one chunk.
      if (inMine[k] < m || inTheirs[k] < t) {
        continue;
      }
      chunk(parts, b, base.subList(b, k), theirs.subList(t, inTheirs[k]), mine.subList(m, inMine[k]));
      agree(parts, List.of(base.get(k)));
      b = k + 1;
      m = inMine[k] + 1;
      t = inTheirs[k] + 1;
    }
    chunk(parts, b, base.subList(b, base.size()), theirs.subList(t, theirs.size()), mine.subList(m, mine.size()));
    return new Result(List.copyOf(parts));
  }

  /** Texts merged index by index, and the indices (with their three texts) both sides changed differently. */
  public record Aligned(List<String> merged, List<Conflict> conflicts) {}

  /**
   * The same rule for texts aligned by index (a translation: text i translates source block i), so
   * nothing moves. {@code base} null: no common ancestor, every disagreement is a conflict. Where both
   * changed, {@code merged} keeps theirs. A conflict's {@code at} is the index plus {@code offset}.
   */
  public static Aligned aligned(List<String> base, List<String> theirs, List<String> mine, int offset) {
    List<String> merged = new ArrayList<>(mine.size());
    List<Conflict> conflicts = new ArrayList<>();
    for (int i = 0; i < mine.size(); i++) {
      String b = base == null ? null : base.get(i);
      String m = mine.get(i);
      String t = theirs.get(i);
      if (m.equals(t) || m.equals(b)) {
        merged.add(t);
      } else if (t.equals(b)) {
        merged.add(m);
      } else {
        merged.add(t);
        conflicts.add(new Conflict(i + offset, b == null ? List.of() : List.of(Block.paragraph(b)),
            List.of(Block.paragraph(t)), List.of(Block.paragraph(m))));
      }
    }
    return new Aligned(List.copyOf(merged), List.copyOf(conflicts));
  }

  private static void chunk(List<Part> parts, int at, List<Block> base, List<Block> theirs, List<Block> mine) {
    if (base.size() > 1 && base.size() == theirs.size() && base.size() == mine.size()) {
      for (int i = 0; i < base.size(); i++) {
        chunk(parts, at + i, base.subList(i, i + 1), theirs.subList(i, i + 1), mine.subList(i, i + 1));
      }
      return;
    }
    if (base.equals(mine)) {
      agree(parts, theirs);
    } else if (base.equals(theirs) || mine.equals(theirs)) {
      agree(parts, mine);
    } else {
      parts.add(new Part(null, new Conflict(at, List.copyOf(base), List.copyOf(theirs), List.copyOf(mine))));
    }
  }

  private static void agree(List<Part> parts, List<Block> blocks) {
    if (blocks.isEmpty()) {
      return;
    }
    Part last = parts.isEmpty() ? null : parts.get(parts.size() - 1);
    if (last != null && last.agreed() != null) {
      List<Block> joined = new ArrayList<>(last.agreed());
      joined.addAll(blocks);
      parts.set(parts.size() - 1, new Part(joined, null));
    } else {
      parts.add(new Part(List.copyOf(blocks), null));
    }
  }

  /** For each base block, its index in {@code edit} where a Myers diff keeps it, or -1. */
  private static int[] kept(List<Block> base, List<Block> edit) {
    int[] kept = new int[base.size()];
    Arrays.fill(kept, -1);
    int o = 0;
    int n = 0;
    for (AbstractDelta<Block> d : DiffUtils.diff(base, edit).getDeltas()) {
      for (; o < d.getSource().getPosition(); o++, n++) {
        kept[o] = n;
      }
      o += d.getSource().size();
      n += d.getTarget().size();
    }
    for (; o < base.size(); o++, n++) {
      kept[o] = n;
    }
    return kept;
  }
}
