package org.factdesk.workflow.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.ConflictException;
import org.factdesk.workflow.common.FieldErrors;
import org.factdesk.workflow.common.StaleVersionException;
import org.factdesk.workflow.user.Actor;

/**
 * Writing an article: create it, change its details, revise its text, record who exported it.
 * Moving it through the workflow is {@link TransitionService}; reading it is {@link ArticleQueries}.
 */
@ApplicationScoped
public class ArticleService {
  public static final int MAX_TITLE = 300;
  public static final int MAX_BLOCKS = 2_000;
  public static final int MAX_BLOCK_LENGTH = 100_000;
  public static final int MAX_DESK = 100;
  public static final int MAX_NOTE = 2_000;

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject ArticleAccess access;
  @Inject Revisions revisions;
  @Inject AuditLog audit;
  @Inject Clock clock;

  @Transactional
  public Article create(Actor actor, ArticleDraft draft) {
    ArticleAccess.requireEditor(actor, "create an article");
    FieldErrors errors = new FieldErrors();
    String title = errors.line("title", draft.title(), MAX_TITLE, "a title is required");
    String desk = errors.optional("desk", draft.desk(), MAX_DESK);
    String note = errors.optional("note", draft.note(), MAX_NOTE);
    List<Block> blocks = cleanBlocks(draft.blocks(), errors);
    errors.throwIfAny();
    OffsetDateTime now = now();
    Article article =
        new Article(title, uniqueSlug(Slugs.of(title)), draft.language().value(), desk, draft.deadline(),
            draft.priority(), actor.username(), now);
    em.persist(article);
    em.flush();
    Revision first = revisions.first(article, blocks, actor.username(), note, now);
    Map<String, Object> created = article.snapshot();
    created.put("slug", article.slug());
    created.put("language", article.language());
    created.put("state", article.state());
    created.put("revision", first.number());
    created.put("sha256", first.sha256());
    audit.record(article.id(), actor.username(), now, "article.created", "article:" + article.id(), null, created,
        note);
    return article;
  }

  @Transactional
  public Article describe(Actor actor, long id, long expectedVersion, ArticleDescription d) {
    ArticleAccess.requireEditor(actor, "change an article's details");
    Article article = forUpdate(actor, id, expectedVersion);
    FieldErrors errors = new FieldErrors();
    String title = d.title() == null ? article.title() : errors.line("title", d.title(), MAX_TITLE, "a title is required");
    String desk = d.desk() == null ? article.desk() : errors.optional("desk", d.desk(), MAX_DESK);
    errors.throwIfAny();
    Map<String, Object> before = article.snapshot();
    article.describe(title, desk, d.deadline() == null ? article.deadline() : d.deadline(),
        d.priority() == null ? article.priority() : d.priority(), now());
    em.flush();
    audit.record(article.id(), actor.username(), article.updatedAt(), "article.described", "article:" + id, before,
        article.snapshot(), null);
    return article;
  }

  /** A new revision of the text; the current one stays as it was. Identical text makes no revision. */
  @Transactional
  public Revision revise(Actor actor, long id, long expectedVersion, List<Block> blocks, String note) {
    ArticleAccess.requireEditor(actor, "rewrite the article");
    Article article = forUpdate(actor, id, expectedVersion);
    requireEditable(article);
    FieldErrors errors = new FieldErrors();
    List<Block> clean = cleanBlocks(blocks, errors);
    String cleanNote = errors.optional("note", note, MAX_NOTE);
    errors.throwIfAny();
    Revision current = revisions.current(article);
    if (current.sha256().equals(RevisionContent.sha256(clean))) {
      return current;
    }
    return revisions.add(actor, article, clean, cleanNote, "article.revised", Map.of());
  }

  /**
   * A new revision from an edit of revision {@code base}, which others may have revised since: their
   * changes and this edit are merged block by block ({@link BlockMerge}) and stored as one revision,
   * audited as a merge. A block both changed differently stores nothing: 409 with every conflict. The
   * article row is locked first, so a merge and a workflow move never interleave.
   */
  @Transactional
  public Revision merge(Actor actor, long id, int base, List<Block> blocks, String note) {
    ArticleAccess.requireEditor(actor, "rewrite the article");
    Article article = access.lock(actor, id);
    requireEditable(article);
    FieldErrors errors = new FieldErrors();
    List<Block> clean = cleanBlocks(blocks, errors);
    String cleanNote = errors.optional("note", note, MAX_NOTE);
    if (base < 1 || base > article.currentRevision()) {
      errors.add("base", "noSuchRevision", Map.of("current", article.currentRevision()),
          "the revision you started from: 1 to " + article.currentRevision());
    }
    errors.throwIfAny();
    Revision current = revisions.current(article);
    List<Block> merged = clean;
    if (base != current.number()) {
      BlockMerge.Result result = BlockMerge.merge(revisions.of(id, base).blocks(), current.blocks(), clean);
      if (!result.clean()) {
        throw new MergeConflictException(id, base, current.number(), result.conflicts());
      }
      merged = result.blocks();
    }
    if (current.sha256().equals(RevisionContent.sha256(merged))) {
      return current;
    }
    return base == current.number()
        ? revisions.add(actor, article, merged, cleanNote, "article.revised", Map.of())
        : revisions.add(actor, article, merged, cleanNote, "article.merged", Map.of("base", base));
  }

  private static void requireEditable(Article article) {
    if (!article.state().editable()) {
      throw new ConflictException("notEditable", Map.of("state", article.state().name()),
          "An article in " + article.state() + " cannot be edited; reopen it first");
    }
  }

  /** Records that someone exported an approved revision (who took what, and its hash). */
  @Transactional
  public void recordExport(Actor actor, long id, String language, int revision, String format, String sha256) {
    Article article = access.readable(actor, id);
    audit.record(article.id(), actor.username(), now(), "article.exported", format + ":" + language, null,
        Map.of("language", language, "revision", revision, "format", format, "sha256", sha256), null);
  }

  private Article forUpdate(Actor actor, long id, long expectedVersion) {
    Article article = access.readable(actor, id);
    checkVersion(article, expectedVersion);
    return article;
  }

  static void checkVersion(Article article, long expectedVersion) {
    if (article.version() != expectedVersion) {
      throw new StaleVersionException("article", article.id(), expectedVersion, article.version());
    }
  }

  private String uniqueSlug(String base) {
    List<String> taken =
        em.createQuery("select a.slug from Article a where a.slug = :s or a.slug like :p", String.class)
            .setParameter("s", base)
            .setParameter("p", base + "-%")
            .getResultList();
    if (!taken.contains(base)) {
      return base;
    }
    for (int i = 2; ; i++) {
      String candidate = base + "-" + i;
      if (!taken.contains(candidate)) {
        return candidate;
      }
    }
  }

  private static List<Block> cleanBlocks(List<Block> blocks, FieldErrors errors) {
    if (blocks.size() > MAX_BLOCKS) {
      errors.add("blocks", "tooMany", Map.of("max", MAX_BLOCKS), "at most " + MAX_BLOCKS + " blocks");
      return List.of();
    }
    List<Block> clean = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String text = errors.required("blocks[" + i + "].text", b.text(), MAX_BLOCK_LENGTH, "a block needs text");
      clean.add(new Block(b.kind(), text == null ? "" : text));
    }
    return clean;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
