package org.factdesk.server.rest.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.factdesk.i18n.LanguageInfo;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.server.rest.article.ArticleViews.DiffSegmentView;
import org.factdesk.server.rest.translation.TranslationViews.BlockPair;
import org.factdesk.server.rest.translation.TranslationViews.ClaimMark;
import org.factdesk.server.rest.translation.TranslationViews.FigureView;
import org.factdesk.server.rest.translation.TranslationViews.TaskSummary;
import org.factdesk.server.rest.translation.TranslationViews.WorkspaceView;
import org.factdesk.workflow.claim.AnchoredClaim;
import org.factdesk.workflow.claim.ClaimQueries;
import org.factdesk.workflow.translation.FigureWarning;
import org.factdesk.workflow.translation.FigureWarnings;
import org.factdesk.workflow.translation.TranslationTask;
import org.factdesk.workflow.translation.Workspace;
import org.factdesk.workflow.user.Actor;

/** Turns translation tasks and workspaces into views. */
@ApplicationScoped
public class TranslationAssembler {
  public TaskSummary summary(TranslationTask t, int sourceRevision) {
    LanguageTag tag = LanguageTag.parse(t.language());
    return new TaskSummary(t.id(), t.articleId(), t.language(), LanguageInfo.of(tag).englishName(),
        tag.direction().htmlDir(), t.state().name(), t.stale(), t.basedOnRevision(), sourceRevision, t.translator(),
        t.submittedBy(), t.due(), t.changedBlocks(), t.currentRevision(), t.approvalOverride(), t.version());
  }

  @Inject ClaimQueries claims;
  @Inject org.factdesk.workflow.translation.Translations translations;

  public WorkspaceView workspace(Actor actor, Workspace w) {
    LanguageTag source = LanguageTag.parse(w.article().language());
    LanguageTag target = LanguageTag.parse(w.task().language());
    return new WorkspaceView(summary(w.task(), w.source().number()), source.value(), source.direction().htmlDir(),
        target.direction().htmlDir(), w.article().title(), w.title(), pairs(actor, w, w.rows()),
        w.rows().stream().filter(Workspace.Row::approved).map(Workspace.Row::index).toList(), w.task().reviewComment(),
        translations.allowedActions(actor, w.task()));
  }

  public List<BlockPair> pairs(Actor actor, Workspace w, List<Workspace.Row> rows) {
    List<AnchoredClaim> anchored = claims.anchoredOn(actor, w.article().id(), w.source().number());
    Map<Integer, List<FigureView>> figures = FigureWarnings.of(w, anchored).stream()
        .collect(Collectors.groupingBy(FigureWarning::block, Collectors.mapping(f -> new FigureView(f.claim(),
            f.expected(), f.outcome(), f.found(), f.blocking()), Collectors.toList())));
    Map<Integer, List<ClaimMark>> byBlock = anchored.stream()
        .filter(a -> a.anchor().position() != null)
        .collect(Collectors.groupingBy(a -> a.anchor().position().block(), Collectors.mapping(a -> new ClaimMark(
            a.claim().id(), a.claim().exact(), a.claim().status().name(),
            a.claim().verdict() == null ? null : a.claim().verdict().name(), a.anchor().position().start(),
            a.anchor().position().end()), Collectors.toList())));
    return rows.stream().map(r -> new BlockPair(r.index(), r.index(), r.source().kind().name(), r.source().text(),
            r.target(), r.approved(), r.changed(), r.previousSourceText(),
            r.diff().stream().map(s -> new DiffSegmentView(s.op().name(), s.text())).toList(),
            r.span() == null ? null : new TranslationViews.SpanView(r.span().start(), r.span().end()),
            byBlock.getOrDefault(r.index(), List.of()), figures.getOrDefault(r.index(), List.of())))
        .toList();
  }
}
