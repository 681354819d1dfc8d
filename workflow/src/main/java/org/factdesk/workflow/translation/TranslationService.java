package org.factdesk.workflow.translation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleAccess.TranslationNeed;
import org.factdesk.workflow.article.ArticleService;
import org.factdesk.workflow.article.BlockMerge;
import org.factdesk.workflow.article.MergeConflictException;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.claim.ClaimQueries;
import org.factdesk.workflow.common.FieldErrors;
import org.factdesk.workflow.common.UnprocessableException;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.user.Actor;

/**
 * The translation's own steps: the translator saves drafts and submits, an editor approves or asks
 * for changes. Which step a task's state allows is the task's rule ({@link TranslationTask}); who
 * may take it is the access policy's.
 */
@ApplicationScoped
public class TranslationService {
  public static final int MAX_TITLE = ArticleService.MAX_TITLE;
  public static final int MAX_COMMENT = ArticleService.MAX_NOTE;

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject Translations translations;
  @Inject WorkspaceBuilder workspaces;
  @Inject ClaimQueries claims;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** A new translation revision with one target per current source block; makes a stale task current. */
  @Transactional
  public ChangedTask saveDraft(Actor actor, long id, long expectedVersion, String title, List<String> blocks,
      List<MarkedSpan> spans) {
    TranslationTask task = translations.task(actor, id, expectedVersion, TranslationNeed.TRANSLATE, "translate");
    return save(actor, task, workspaces.workspace(task), title, blocks, spans, "translation.saved");
  }

  /**
   * A draft from an edit of translation revision {@code base} (0: before the first save), which others
   * may have saved since: per block (the title counts as one), a change on one side only is kept and
   * the same change on both sides taken once; a block both changed differently is a 409 with base,
   * theirs and mine, and nothing is stored. Blocks are aligned by index, so a base written against an
   * older source revision has nothing to align with: every block the two sides disagree on is then a
   * conflict. The article's lock comes first, as for every writer.
   */
  @Transactional
  public ChangedTask saveMerged(Actor actor, long id, int base, String title, List<String> blocks,
      List<MarkedSpan> spans) {
    TranslationTask task = translations.task(actor, id, TranslationNeed.TRANSLATE, "translate");
    audit.lockChain(task.articleId());
    em.refresh(task);
    if (base < 0 || base > task.currentRevision()) {
      throw new ValidationException("base", "noSuchRevision", Map.of("current", task.currentRevision()),
          "the revision you started from: 0 to " + task.currentRevision());
    }
    Workspace w = workspaces.workspace(task);
    if (base == task.currentRevision() || blocks == null || blocks.size() != w.rows().size()) {
      // Nothing to merge with, or refused there (no blocks, the wrong number of blocks).
      return save(actor, task, w, title, blocks, spans, "translation.saved");
    }
    // Theirs as the workspace shows it now: the latest targets, carried onto the current source's blocks.
    List<String> theirTexts = new ArrayList<>(List.of(w.title() == null ? "" : w.title()));
    w.rows().forEach(r -> theirTexts.add(r.target() == null ? "" : r.target()));
    TranslationRevision from = base == 0 ? null : translations.revision(task, base);
    boolean aligned = from == null || from.basedOnRevision() == w.source().number();
    List<String> baseTexts = new ArrayList<>();
    baseTexts.add(from == null ? "" : from.title());
    baseTexts.addAll(from == null ? java.util.Collections.nCopies(blocks.size(), "") : from.blocks());
    List<String> mine = new ArrayList<>();
    mine.add(title == null ? "" : title);
    blocks.forEach(b -> mine.add(b == null ? "" : b));
    // The title is index 0, so a conflict's "block" (at + 1) is the source block's number, 0 for the title.
    BlockMerge.Aligned merge = BlockMerge.aligned(aligned ? baseTexts : null, theirTexts, mine, -1);
    if (!merge.conflicts().isEmpty()) {
      throw new MergeConflictException(task.articleId(), base, task.currentRevision(), merge.conflicts());
    }
    List<String> merged = merge.merged();
    return save(actor, task, w, merged.get(0), merged.subList(1, merged.size()), null, "translation.saved");
  }

  @Transactional
  public ChangedTask submit(Actor actor, long id, Long expectedVersion) {
    TranslationTask task = translations.task(actor, id, expectedVersion, TranslationNeed.TRANSLATE, "translate");
    Workspace w = workspaces.workspace(task);
    List<Integer> missing = new ArrayList<>();
    for (Workspace.Row row : w.rows()) {
      if (row.target().isBlank()) {
        missing.add(row.index());
      }
    }
    if (task.submittable() && (w.title().isBlank() || !missing.isEmpty())) {
      throw new UnprocessableException("translationIncomplete",
          Map.of("blocks", missing.toString(), "count", missing.size(), "title", w.title().isBlank() ? "yes" : "no"),
          "Untranslated: " + (w.title().isBlank() ? "the title, " : "") + "blocks " + missing);
    }
    return step(actor, task, w.source().number(), "translation.submitted", null,
        now -> task.submitted(actor.username(), now));
  }

  /**
   * An editor who neither saved nor submitted it approves the translation. When a block does not
   * carry the figures of the claims in its source (409 with each mismatch), the editor may approve
   * anyway with an {@code override} reason, kept on the task and in the audit trail.
   */
  @Transactional
  public ChangedTask approve(Actor actor, long id, Long expectedVersion, String override) {
    TranslationTask task = translations.task(actor, id, expectedVersion, TranslationNeed.APPROVE,
        "approve a translation");
    Workspace w = workspaces.workspace(task);
    FieldErrors errors = new FieldErrors();
    String reason = errors.optional("override", override, MAX_COMMENT);
    errors.throwIfAny();
    List<FigureWarning> mismatches = FigureWarnings.blocking(
        FigureWarnings.of(w, claims.anchoredOn(actor, task.articleId(), w.source().number())));
    if (!mismatches.isEmpty() && reason == null) {
      throw new FiguresMismatchException(task.id(), mismatches);
    }
    String overridden = mismatches.isEmpty() ? null : reason;
    int blocks = w.rows().size();
    String note = overridden == null ? null : "Figures overridden: " + overridden + " ("
        + mismatches.stream().map(FiguresMismatchException::describe).collect(Collectors.joining("; ")) + ")";
    return step(actor, task, w.source().number(), "translation.approved", note,
        now -> task.approved(blocks, overridden, now));
  }

  @Transactional
  public ChangedTask requestChanges(Actor actor, long id, Long expectedVersion, String comment) {
    TranslationTask task = translations.task(actor, id, expectedVersion, TranslationNeed.REVIEW,
        "request changes to a translation");
    FieldErrors errors = new FieldErrors();
    String clean = errors.required("comment", comment, MAX_COMMENT, "say what needs changing");
    errors.throwIfAny();
    int source = em.find(Article.class, task.articleId()).currentRevision();
    return step(actor, task, source, "translation.changesRequested", clean, now -> task.changesRequested(clean, now));
  }

  /** Saves {@code blocks} (one per row of {@code w}) as the task's next revision, audited as {@code action}. */
  ChangedTask save(Actor actor, TranslationTask task, Workspace w, String title, List<String> blocks,
      List<MarkedSpan> spans, String action) {
    if (!task.acceptsDraft()) {
      throw new TranslationStateException(task.id(), task.state(), task.stale(), "save");
    }
    FieldErrors errors = new FieldErrors();
    String cleanTitle = errors.optional("title", title, MAX_TITLE);
    cleanTitle = cleanTitle == null ? "" : cleanTitle;
    if (cleanTitle.contains("\n")) {
      errors.add("title", "singleLine", Map.of(), "a title is a single line");
    }
    if (blocks == null) {
      throw new ValidationException("blocks", "required", Map.of(), "one target text per source block");
    }
    if (blocks.size() != w.rows().size()) {
      throw new ValidationException("blocks", "blockCount", Map.of("expected", w.rows().size(), "actual", blocks.size()),
          "expected " + w.rows().size() + " blocks (one per source block), got " + blocks.size());
    }
    List<String> clean = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      String text = errors.optional("blocks[" + i + "]", blocks.get(i), ArticleService.MAX_BLOCK_LENGTH);
      clean.add(text == null ? "" : text);
    }
    List<MarkedSpan> marked = spans != null ? spans
        // Without spans in the request, a span stays where its target text stayed the same.
        : w.rows().stream().filter(r -> r.span() != null && clean.get(r.index()).equals(r.target()))
            .map(Workspace.Row::span).toList();
    checkSpans(marked, clean, errors);
    errors.throwIfAny();
    TranslationRevision latest = w.latest();
    if (!task.stale() && latest != null && latest.basedOnRevision() == w.source().number()
        && latest.sha256().equals(TranslationRevision.sha256(cleanTitle, clean))
        && latest.spans().equals(marked)
        && task.state() == TranslationState.IN_PROGRESS) {
      return new ChangedTask(task, w.source().number());
    }
    // Approval survives where the target stayed as it was and its source block did not change.
    Set<Integer> stillApproved = new HashSet<>();
    for (Workspace.Row row : w.rows()) {
      if (row.approved() && clean.get(row.index()).equals(row.target())) {
        stillApproved.add(row.index());
      }
    }
    OffsetDateTime now = now();
    int number = task.currentRevision() + 1;
    TranslationRevision revision =
        new TranslationRevision(task.id(), number, w.source().number(), cleanTitle, clean, actor.username(),
            marked, now);
    em.persist(revision);
    Map<String, Object> before = task.snapshot();
    task.drafted(number, w.source().number(), stillApproved, now);
    audit.lockChain(task.articleId()); // before the task's row: every writer locks the article first
    em.flush();
    Map<String, Object> after = task.snapshot();
    after.put("sha256", revision.sha256());
    audit.record(task.articleId(), actor.username(), now, action, "translation:" + task.id(), before, after, null);
    return new ChangedTask(task, w.source().number());
  }

  /** One span per existing block, inside its target text. */
  private static void checkSpans(List<MarkedSpan> marked, List<String> targets, FieldErrors errors) {
    Set<Integer> spanned = new HashSet<>();
    for (int k = 0; k < marked.size(); k++) {
      MarkedSpan m = marked.get(k);
      int length = m.block() >= 0 && m.block() < targets.size()
          ? targets.get(m.block()).codePointCount(0, targets.get(m.block()).length()) : -1;
      if (length < 0 || m.start() < 0 || m.end() <= m.start() || m.end() > length || !spanned.add(m.block())) {
        errors.add("spans[" + k + "]", "spanRange", Map.of("max", Math.max(length, 0)),
            "one span per existing block, 0 <= start < end <= " + Math.max(length, 0) + " code points");
      }
    }
  }

  private ChangedTask step(Actor actor, TranslationTask task, int sourceRevision, String action, String note,
      Consumer<OffsetDateTime> step) {
    Map<String, Object> before = task.snapshot();
    OffsetDateTime now = now();
    step.accept(now);
    audit.lockChain(task.articleId()); // before the task's row: every writer locks the article first
    em.flush();
    audit.record(task.articleId(), actor.username(), now, action, "translation:" + task.id(), before, task.snapshot(),
        note);
    return new ChangedTask(task, sourceRevision);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
