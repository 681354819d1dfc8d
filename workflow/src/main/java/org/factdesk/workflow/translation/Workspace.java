package org.factdesk.workflow.translation;

import java.util.List;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.Block;
import org.factdesk.workflow.article.Revision;
import org.factdesk.workflow.article.RevisionDiff.Segment;

/**
 * A translation as the translator works on it: the current source revision side by side with the
 * target blocks aligned to it. When the task is stale, targets come from the last translation
 * revision through the {@link Alignment}; changed blocks carry a word diff of their source.
 */
public record Workspace(TranslationTask task, Article article, Revision source, TranslationRevision latest,
    String title, List<Row> rows) {
  public Workspace {
    rows = List.copyOf(rows);
  }

  /** {@code previousSourceText} is the source text the current target was made for (changed blocks only). */
  public record Row(int index, Block source, String target, boolean approved, boolean changed,
      String previousSourceText, List<Segment> diff, MarkedSpan span) {}

  public List<String> targets() {
    return rows.stream().map(Row::target).toList();
  }
}
