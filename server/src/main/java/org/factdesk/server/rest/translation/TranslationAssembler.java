package org.factdesk.server.rest.translation;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.factdesk.i18n.LanguageInfo;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.server.rest.article.ArticleViews.DiffSegmentView;
import org.factdesk.server.rest.translation.TranslationViews.BlockPair;
import org.factdesk.server.rest.translation.TranslationViews.TaskSummary;
import org.factdesk.server.rest.translation.TranslationViews.WorkspaceView;
import org.factdesk.workflow.translation.TranslationTask;
import org.factdesk.workflow.translation.Workspace;

/** Turns translation tasks and workspaces into views. */
@ApplicationScoped
public class TranslationAssembler {
  public TaskSummary summary(TranslationTask t, int sourceRevision) {
    LanguageTag tag = LanguageTag.parse(t.language());
    return new TaskSummary(t.id(), t.articleId(), t.language(), LanguageInfo.of(tag).englishName(),
        tag.direction().htmlDir(), t.state().name(), t.stale(), t.basedOnRevision(), sourceRevision, t.translator(),
        t.due(), t.changedBlocks(), t.currentRevision(), t.version());
  }

  public WorkspaceView workspace(Workspace w) {
    LanguageTag source = LanguageTag.parse(w.article().language());
    LanguageTag target = LanguageTag.parse(w.task().language());
    return new WorkspaceView(summary(w.task(), w.source().number()), source.value(), source.direction().htmlDir(),
        target.direction().htmlDir(), w.article().title(), w.title(), pairs(w.rows()),
        w.rows().stream().filter(Workspace.Row::approved).map(Workspace.Row::index).toList(), w.task().reviewComment());
  }

  public List<BlockPair> pairs(List<Workspace.Row> rows) {
    return rows.stream().map(r -> new BlockPair(r.index(), r.index(), r.source().kind().name(), r.source().text(),
            r.target(), r.approved(), r.changed(), r.previousSourceText(),
            r.diff().stream().map(s -> new DiffSegmentView(s.op().name(), s.text())).toList(),
            r.span() == null ? null : new TranslationViews.SpanView(r.span().start(), r.span().end())))
        .toList();
  }
}
