package org.factdesk.server.rest.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.server.problem.Localizer.Texts;
import org.factdesk.server.problem.Localizer;
import org.factdesk.server.problem.Problem.Reason;
import org.factdesk.server.rest.article.ArticleViews.ArticleSummary;
import org.factdesk.server.rest.article.ArticleViews.ArticleView;
import org.factdesk.server.rest.article.ArticleViews.AssignmentView;
import org.factdesk.server.rest.article.ArticleViews.AuditEventView;
import org.factdesk.server.rest.article.ArticleViews.BlockView;
import org.factdesk.server.rest.article.ArticleViews.CommentView;
import org.factdesk.server.rest.article.ArticleViews.DiffSegmentView;
import org.factdesk.server.rest.article.ArticleViews.DiffView;
import org.factdesk.server.rest.article.ArticleViews.PageView;
import org.factdesk.server.rest.article.ArticleViews.QueueItemView;
import org.factdesk.server.rest.article.ArticleViews.RevisionSummary;
import org.factdesk.server.rest.article.ArticleViews.RevisionView;
import org.factdesk.server.rest.article.ArticleViews.TransitionView;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleReading;
import org.factdesk.workflow.article.Block;
import org.factdesk.workflow.article.Revision;
import org.factdesk.workflow.article.RevisionDiff;
import org.factdesk.workflow.article.TransitionService;
import org.factdesk.workflow.assignment.Assignment;
import org.factdesk.workflow.audit.AuditEvent;
import org.factdesk.workflow.comment.Comment;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.editorial.GuardViolation;
import org.factdesk.workflow.staffing.QueueItem;
import org.factdesk.workflow.user.Actor;

/** Builds the JSON views of articles and what hangs off them. */
@ApplicationScoped
public class ArticleAssembler {
  @Inject TransitionService articles;
  @Inject Clock clock;

  public ArticleView view(Actor actor, Article a, Texts messages) {
    return view(articles.read(actor, a), messages);
  }

  /** The view of what was read (or changed and read) in one transaction. */
  public ArticleView view(ArticleReading read, Texts messages) {
    Article a = read.article();
    List<String> allowed = new ArrayList<>();
    List<TransitionView> transitions = new ArrayList<>();
    read.moves().forEach((t, violations) -> {
      allowed.add(t.to().name());
      List<Reason> reasons = violations.stream().map(v -> reason(v, messages)).toList();
      transitions.add(new TransitionView(t.to().name(), t.action(), reasons.isEmpty(), reasons,
          t.needs().stream().map(n -> n.name().toLowerCase(java.util.Locale.ROOT)).sorted().toList()));
    });
    List<AssignmentView> staff = read.staff().stream().map(s -> assignment(s, a)).toList();
    return new ArticleView(a.id(), a.title(), a.slug(), a.language(),
        LanguageTag.parse(a.language()).direction().htmlDir(), a.desk(), a.deadline(), a.priority().name(),
        a.state().name(), a.author(), a.currentRevision(), a.approvedRevision(), a.version(), a.createdAt(),
        a.updatedAt(), revision(read.current()), allowed, transitions, staff, read.actions());
  }

  public static ArticleSummary summary(Article a) {
    return new ArticleSummary(a.id(), a.title(), a.slug(), a.language(), a.desk(), a.deadline(), a.priority().name(),
        a.state().name(), a.author(), a.currentRevision(), a.approvedRevision(), a.updatedAt());
  }

  public static RevisionView revision(Revision r) {
    List<BlockView> blocks = new ArrayList<>();
    List<Block> source = r.blocks();
    for (int i = 0; i < source.size(); i++) {
      blocks.add(new BlockView(i, source.get(i).kind().name(), source.get(i).text()));
    }
    return new RevisionView(r.number(), r.sha256(), r.author(), r.createdAt(), r.note(), blocks);
  }

  public static RevisionSummary revisionSummary(Revision r) {
    return new RevisionSummary(r.number(), r.sha256(), r.author(), r.createdAt(), r.note(), r.blocks().size());
  }

  public AssignmentView assignment(Assignment s, Article a) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return new AssignmentView(s.id(), s.articleId(), s.assignee(), s.role().name(), s.language(), s.due(), s.active(),
        a != null && s.overdueIn(a.state(), now), s.assignedBy(), s.assignedAt(), s.endedAt(), s.endedBy());
  }

  public QueueItemView queueItem(QueueItem item) {
    return new QueueItemView(assignment(item.assignment(), item.article()), summary(item.article()), item.overdue());
  }

  public static CommentView comment(Comment c) {
    return new CommentView(c.id(), c.revisionNumber(), c.author(), c.body(), c.createdAt());
  }

  public static AuditEventView audit(AuditEvent e) {
    return new AuditEventView(e.id(), e.articleId(), e.actor(), e.occurredAt(), e.action(), e.subject(),
        json(e.before()), json(e.after()), e.note(), e.previousHash(), e.hash());
  }

  public static DiffView diff(RevisionDiff d) {
    return new DiffView(d.from(), d.to(), d.fromSha256(), d.toSha256(), d.wordsAdded(), d.wordsRemoved(),
        d.segments().stream().map(s -> new DiffSegmentView(s.op().name(), s.text())).toList());
  }

  public static <T, R> PageView<R> page(Page<T> page, java.util.function.Function<T, R> f) {
    return new PageView<>(page.items().stream().map(f).toList(), page.page(), page.size(), page.total());
  }

  static Reason reason(GuardViolation v, Texts messages) {
    return new Reason(v.guard(), v.code(), Localizer.text(messages, v.code(), v.args(), v.message()), v.args());
  }

  private static JsonValue json(String text) {
    if (text == null) {
      return null;
    }
    try (var reader = Json.createReader(new StringReader(text))) {
      return reader.readValue();
    }
  }
}
