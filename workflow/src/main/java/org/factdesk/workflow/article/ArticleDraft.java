package org.factdesk.workflow.article;

import java.time.OffsetDateTime;
import java.util.List;
import org.factdesk.i18n.LanguageTag;

/** What an editor gives to start an article. */
public record ArticleDraft(
    String title,
    LanguageTag language,
    List<Block> blocks,
    String desk,
    OffsetDateTime deadline,
    Priority priority,
    String note) {
  public ArticleDraft {
    blocks = List.copyOf(blocks);
    priority = priority == null ? Priority.NORMAL : priority;
  }
}
