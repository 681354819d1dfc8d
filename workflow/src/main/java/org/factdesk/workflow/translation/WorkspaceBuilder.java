package org.factdesk.workflow.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.workflow.article.Alignment.Aligned;
import org.factdesk.workflow.article.Alignment;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.Block;
import org.factdesk.workflow.article.Revision;
import org.factdesk.workflow.article.RevisionDiff.Segment;
import org.factdesk.workflow.article.Revisions;

/**
 * Lays a translation beside the current source: the latest targets aligned block by block with the
 * source they were made for, each changed block with a word diff of its source.
 */
@ApplicationScoped
public class WorkspaceBuilder {
  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Revisions revisions;
  @Inject Translations translations;

  Workspace workspace(TranslationTask task) {
    Article article = em.find(Article.class, task.articleId());
    Revision source = revisions.current(article);
    TranslationRevision latest = task.currentRevision() == 0 ? null : translations.latest(task);
    Revision old = null;
    List<Aligned> alignment;
    if (latest == null) {
      alignment = new ArrayList<>();
      for (int i = 0; i < source.blocks().size(); i++) {
        alignment.add(new Aligned(i, null, false));
      }
    } else if (latest.basedOnRevision() == source.number()) {
      alignment = Alignment.identity(source.blocks().size());
    } else {
      old = revisions.of(article.id(), latest.basedOnRevision());
      alignment = Alignment.between(old.blocks(), source.blocks());
    }
    LanguageTag language = LanguageTag.parse(article.language());
    Set<Integer> approved = task.approvedBlocks();
    List<Workspace.Row> rows = new ArrayList<>();
    for (Aligned a : alignment) {
      Block block = source.blocks().get(a.index());
      Integer previous = a.previous();
      String target = latest != null && previous != null && previous < latest.blocks().size()
          ? latest.blocks().get(previous) : "";
      boolean changed = latest != null && a.changed();
      String before = changed && old != null && previous != null ? old.blocks().get(previous).text() : null;
      List<Segment> diff = changed ? BlockDiff.of(before, block.text(), language) : List.of();
      MarkedSpan span = null;
      if (latest != null && previous != null) {
        span = latest.spans().stream().filter(m -> m.block() == previous).findFirst()
            .map(m -> new MarkedSpan(a.index(), m.start(), m.end())).orElse(null);
      }
      rows.add(new Workspace.Row(a.index(), block, target, !changed && previous != null && approved.contains(previous),
          changed, before, diff, span));
    }
    return new Workspace(task, article, source, latest, latest == null ? "" : latest.title(), rows);
  }
}
