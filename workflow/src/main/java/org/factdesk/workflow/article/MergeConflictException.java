package org.factdesk.workflow.article;

import java.util.List;
import java.util.Map;
import org.factdesk.workflow.common.ConflictException;

/** An edit of an older revision that touches blocks others changed differently since (409, nothing stored). */
public class MergeConflictException extends ConflictException {
  private final transient List<BlockMerge.Conflict> conflicts;

  public MergeConflictException(long articleId, int base, int current, List<BlockMerge.Conflict> conflicts) {
    super("mergeConflict", Map.of("base", base, "current", current, "count", conflicts.size()),
        conflicts.size() + " block(s) of article " + articleId + " (or its translation) changed since revision " + base
            + " both in your edit and in revision " + current + "; choose per block and send again with base "
            + current);
    this.conflicts = List.copyOf(conflicts);
  }

  public List<BlockMerge.Conflict> conflicts() {
    return conflicts;
  }

  public int current() {
    return ((Number) args().get("current")).intValue();
  }
}
