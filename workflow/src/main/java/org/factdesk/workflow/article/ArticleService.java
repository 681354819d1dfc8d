package org.factdesk.workflow.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.i18n.TextInput;
import org.factdesk.workflow.assignment.Assignment;
import org.factdesk.workflow.audit.AuditEvent;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.comment.CommentService;
import org.factdesk.workflow.common.ConflictException;
import org.factdesk.workflow.common.ForbiddenException;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.common.StaleVersionException;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.common.ValidationException.FieldError;
import org.factdesk.workflow.editorial.ArticleState;
import org.factdesk.workflow.editorial.EditorialWorkflow;
import org.factdesk.workflow.editorial.FactSource;
import org.factdesk.workflow.editorial.GuardViolation;
import org.factdesk.workflow.editorial.RevisionCreated;
import org.factdesk.workflow.editorial.IllegalTransitionException;
import org.factdesk.workflow.editorial.Staffing;
import org.factdesk.workflow.editorial.Transition;
import org.factdesk.workflow.editorial.TransitionBlockedException;
import org.factdesk.workflow.editorial.WorkflowContext;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.Role;

/** Use cases of an article: create, describe, revise, move through the workflow, read. */
@ApplicationScoped
public class ArticleService {
  public static final int MAX_TITLE = 300;
  public static final int MAX_BLOCKS = 2_000;
  public static final int MAX_BLOCK_LENGTH = 100_000;
  public static final int MAX_DESK = 100;
  public static final int MAX_NOTE = 2_000;

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject AuditLog audit;
  @Inject CommentService comments;
  @Inject Clock clock;
  @Inject Event<RevisionCreated> revisionCreated;
  @Inject Event<ArticleTransitioned> transitioned;
  @Inject @Any Instance<FactSource> factSources;

  @Transactional
  public Article create(Actor actor, ArticleDraft draft) {
    requireEditor(actor, "create an article");
    List<FieldError> errors = new ArrayList<>();
    String title = cleanTitle(draft.title(), errors);
    String desk = cleanOptional("desk", draft.desk(), MAX_DESK, errors);
    String note = cleanOptional("note", draft.note(), MAX_NOTE, errors);
    List<Block> blocks = cleanBlocks(draft.blocks(), errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    OffsetDateTime now = now();
    Article article =
        new Article(title, uniqueSlug(Slugs.of(title)), draft.language().value(), desk, draft.deadline(),
            draft.priority(), actor.username(), now);
    em.persist(article);
    em.flush();
    Revision first = new Revision(article.id(), 1, blocks, actor.username(), note, now);
    em.persist(first);
    article.revisedTo(1, now);
    audit.record(article.id(), actor.username(), now, "article.created", "article:" + article.id(), null,
        describe(article, first), note);
    revisionCreated.fire(new RevisionCreated(article.id(), 0, 1, actor.username()));
    return article;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Article find(Actor actor, long id) {
    Article article = em.find(Article.class, id);
    if (article == null || !canRead(actor, article)) {
      throw new NotFoundException("article", id);
    }
    return article;
  }

  @Transactional
  public Article describe(Actor actor, long id, long expectedVersion, ArticleDescription d) {
    requireEditor(actor, "change an article's details");
    Article article = findForUpdate(actor, id, expectedVersion);
    List<FieldError> errors = new ArrayList<>();
    String title = d.title() == null ? article.title() : cleanTitle(d.title(), errors);
    String desk = d.desk() == null ? article.desk() : cleanOptional("desk", d.desk(), MAX_DESK, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    Map<String, Object> before = metadata(article);
    article.describe(title, desk, d.deadline() == null ? article.deadline() : d.deadline(),
        d.priority() == null ? article.priority() : d.priority(), now());
    em.flush();
    audit.record(article.id(), actor.username(), article.updatedAt(), "article.described", "article:" + id, before,
        metadata(article), null);
    return article;
  }

  /** A new revision of the text; the current one stays as it was. Identical text makes no revision. */
  @Transactional
  public Revision revise(Actor actor, long id, long expectedVersion, List<Block> blocks, String note) {
    requireEditor(actor, "rewrite the article");
    Article article = findForUpdate(actor, id, expectedVersion);
    if (!article.state().editable()) {
      throw new ConflictException("notEditable", Map.of("state", article.state().name()),
          "An article in " + article.state() + " cannot be edited; reopen it first");
    }
    List<FieldError> errors = new ArrayList<>();
    List<Block> clean = cleanBlocks(blocks, errors);
    String cleanNote = cleanOptional("note", note, MAX_NOTE, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    Revision current = revision(article, article.currentRevision());
    if (current.sha256().equals(RevisionContent.sha256(clean))) {
      return current;
    }
    return addRevision(actor, article, clean, cleanNote, "article.revised");
  }

  /**
   * Moves the article along the workflow table. Checks, in order: the move exists (409), the actor
   * may make it (403), its guards hold (409 with every reason).
   */
  @Transactional
  public ArticleReading transition(Actor actor, long id, long expectedVersion, ArticleState to, String comment) {
    Article article = find(actor, id);
    ArticleState from = article.state();
    Transition move = EditorialWorkflow.find(from, to).orElseThrow(() -> new IllegalTransitionException(from, to));
    // Read once: they decide the move and, the move made, they are what the answer shows.
    List<Assignment> active = activeAssignments(id);
    Revision current = revision(article, article.currentRevision());
    WorkflowContext context = context(actor, article, active, current);
    if (!move.mayBeMadeBy(context)) {
      throw new ForbiddenException(move.action(), "only " + move.who() + " may move an article from " + from
          + " to " + to);
    }
    checkVersion(article, expectedVersion);
    var violations = move.violations(context);
    if (!violations.isEmpty()) {
      throw new TransitionBlockedException(from, to, violations);
    }
    List<FieldError> errors = new ArrayList<>();
    String cleanComment = cleanOptional("comment", comment, MAX_NOTE, errors);
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
    OffsetDateTime now = now();
    Integer approvedBefore = article.approvedRevision();
    article.moveTo(to, now);
    Map<String, Object> before = new LinkedHashMap<>();
    before.put("state", from.name());
    Map<String, Object> after = new LinkedHashMap<>();
    after.put("state", to.name());
    after.put("revision", article.currentRevision());
    if (to == ArticleState.APPROVED) {
      before.put("approvedRevision", approvedBefore);
      after.put("approvedRevision", article.approvedRevision());
    }
    em.flush();
    audit.record(id, actor.username(), now, "article.transitioned", move.action(), before, after, cleanComment);
    transitioned.fire(new ArticleTransitioned(id, from, to, article.approvedRevision(), actor.username()));
    if (cleanComment != null) {
      comments.addInTransaction(actor, article, null, cleanComment);
    }
    if (from == ArticleState.APPROVED && to == ArticleState.DRAFT) {
      // Reopening starts a new draft revision; the approved one stays approved and exportable.
      Revision approved = revision(article, article.approvedRevision());
      current = addRevision(actor, article, approved.blocks(), "Reopened from approved revision " + approved.number(),
          "article.reopened");
    }
    // The view after the move, in the move's own transaction: the moves from the new state and their guards.
    return reading(actor, article, active, current);
  }

  /**
   * The article view's data in one transaction: the current revision and the active assignments are
   * read once and serve both the view and the guards, and a guard's facts (claims, translations) are
   * gathered only if a move the actor may make has that guard.
   */
  @Transactional
  public ArticleReading read(Actor actor, Article article) {
    return reading(actor, article, activeAssignments(article.id()), revision(article, article.currentRevision()));
  }

  private ArticleReading reading(Actor actor, Article article, List<Assignment> active, Revision current) {
    WorkflowContext context = context(actor, article, active, current);
    Map<Transition, List<GuardViolation>> moves = new LinkedHashMap<>();
    for (Transition t : EditorialWorkflow.permitted(context)) {
      moves.put(t, t.violations(context));
    }
    return new ArticleReading(article, current, active, moves);
  }

  private List<Assignment> activeAssignments(long articleId) {
    return em.createQuery("select s from Assignment s where s.articleId = :a and s.endedAt is null order by s.id",
            Assignment.class)
        .setParameter("a", articleId)
        .getResultList();
  }

  private WorkflowContext context(Actor actor, Article article, List<Assignment> active, Revision current) {
    List<Staffing> staffing = active.stream().map(Assignment::toStaffing).toList();
    Map<Class<?>, Object> gathered = new HashMap<>();
    Function<Class<?>, Object> facts = type -> {
      if (!gathered.containsKey(type)) {
        gathered.put(type, gather(type, article));
      }
      return gathered.get(type);
    };
    return new WorkflowContext(article.state(), article.author(), actor, staffing, current.blocks().size(), facts);
  }

  private Object gather(Class<?> type, Article article) {
    for (FactSource source : factSources) {
      if (source.type() == type) {
        return source.gather(article.id(), article.currentRevision());
      }
    }
    return null;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Revision revision(Actor actor, long id, int number) {
    return revision(find(actor, id), number);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Revision> revisions(Actor actor, long id, Page.Request page) {
    Article article = find(actor, id);
    List<Revision> items =
        em.createQuery("select r from Revision r where r.articleId = :a order by r.number desc", Revision.class)
            .setParameter("a", article.id())
            .setFirstResult(page.firstResult())
            .setMaxResults(page.size())
            .getResultList();
    return new Page<>(items, page.page(), page.size(), article.currentRevision());
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public RevisionDiff diff(Actor actor, long id, int from, int to) {
    Article article = find(actor, id);
    return RevisionDiff.between(revision(article, from), revision(article, to), LanguageTag.parse(article.language()));
  }

  /**
   * Who moved this revision through review, fact-check and approval, in order, read back from the
   * audit trail (the record of what happened, so nothing can disagree with it).
   */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<SignOff> signOffs(Actor actor, long id, int revision) {
    Article article = find(actor, id);
    List<SignOff> result = new ArrayList<>();
    for (AuditEvent e : em.createQuery("select e from AuditEvent e where e.articleId = :a and e.action = :t order by e.id",
            AuditEvent.class)
        .setParameter("a", article.id())
        .setParameter("t", "article.transitioned")
        .getResultList()) {
      if (List.of("passReview", "passFactCheck", "approve").contains(e.subject())
          && e.after() != null && revisionOf(e.after()) == revision) {
        result.add(new SignOff(e.actor(), e.subject(), revision, e.occurredAt()));
      }
    }
    return result;
  }

  private static int revisionOf(String json) {
    try (var reader = jakarta.json.Json.createReader(new java.io.StringReader(json))) {
      return reader.readObject().getInt("revision", -1);
    }
  }

  /** Records that someone exported an approved revision (who took what, and its hash). */
  @Transactional
  public void recordExport(Actor actor, long id, String language, int revision, String format, String sha256) {
    Article article = find(actor, id);
    audit.record(article.id(), actor.username(), now(), "article.exported", format + ":" + language, null,
        Map.of("language", language, "revision", revision, "format", format, "sha256", sha256), null);
  }

  /** Articles the actor may see, most recently changed first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<Article> list(Actor actor, ArticleFilter filter, Page.Request page) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> params = new LinkedHashMap<>();
    if (!seesEverything(actor)) {
      where.append(" and exists (select s.id from Assignment s where s.articleId = a.id and s.assignee = :me"
          + " and s.endedAt is null)");
      params.put("me", actor.username());
    }
    if (filter.state() != null) {
      where.append(" and a.state = :state");
      params.put("state", filter.state());
    }
    if (filter.language() != null) {
      where.append(" and a.language = :language");
      params.put("language", filter.language());
    }
    if (filter.desk() != null) {
      where.append(" and a.desk = :desk");
      params.put("desk", filter.desk());
    }
    if (filter.titleContains() != null && !filter.titleContains().isBlank()) {
      where.append(" and lower(a.title) like :q");
      params.put("q", "%" + filter.titleContains().strip().toLowerCase(java.util.Locale.ROOT)
          .replace("%", "").replace("_", "") + "%");
    }
    TypedQuery<Long> count = em.createQuery("select count(a) from Article a" + where, Long.class);
    TypedQuery<Article> list =
        em.createQuery("select a from Article a" + where + " order by a.updatedAt desc, a.id desc", Article.class);
    params.forEach((k, v) -> {
      count.setParameter(k, v);
      list.setParameter(k, v);
    });
    return new Page<>(list.setFirstResult(page.firstResult()).setMaxResults(page.size()).getResultList(),
        page.page(), page.size(), count.getSingleResult());
  }

  /** Editors and admins see every article; others only those they are assigned to. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public boolean canRead(Actor actor, Article article) {
    if (seesEverything(actor)) {
      return true;
    }
    return !em.createQuery("select s.id from Assignment s where s.articleId = :a and s.assignee = :me"
            + " and s.endedAt is null", Long.class)
        .setParameter("a", article.id())
        .setParameter("me", actor.username())
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  /** Locks the article row for the rest of the transaction (assignments change under it). */
  @Transactional(Transactional.TxType.MANDATORY)
  public Article lock(Actor actor, long id) {
    Article article = find(actor, id);
    em.lock(article, LockModeType.PESSIMISTIC_WRITE);
    em.refresh(article);
    return article;
  }

  Revision revision(Article article, int number) {
    List<Revision> found =
        em.createQuery("select r from Revision r where r.articleId = :a and r.number = :n", Revision.class)
            .setParameter("a", article.id())
            .setParameter("n", number)
            .getResultList();
    if (found.isEmpty()) {
      throw new NotFoundException("revision", article.id() + "/" + number);
    }
    return found.get(0);
  }

  private Revision addRevision(Actor actor, Article article, List<Block> blocks, String note, String action) {
    OffsetDateTime now = now();
    int number = article.currentRevision() + 1;
    Revision revision = new Revision(article.id(), number, blocks, actor.username(), note, now);
    em.persist(revision);
    article.revisedTo(number, now);
    em.flush();
    audit.record(article.id(), actor.username(), now, action, "revision:" + number,
        Map.of("revision", number - 1), Map.of("revision", number, "sha256", revision.sha256(),
            "blocks", blocks.size()), note);
    revisionCreated.fire(new RevisionCreated(article.id(), number - 1, number, actor.username()));
    return revision;
  }

  private Article findForUpdate(Actor actor, long id, long expectedVersion) {
    Article article = find(actor, id);
    checkVersion(article, expectedVersion);
    return article;
  }

  private static void checkVersion(Article article, long expectedVersion) {
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

  private static boolean seesEverything(Actor actor) {
    return actor.has(Role.EDITOR) || actor.has(Role.ADMIN);
  }

  private static void requireEditor(Actor actor, String action) {
    if (!actor.isEditor()) {
      throw new ForbiddenException(action, "only editors may " + action);
    }
  }

  private static String cleanTitle(String raw, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      errors.add(new FieldError("title", "required", Map.of(), "a title is required"));
      return null;
    }
    String title = TextInput.clean(raw.strip());
    if (title.codePointCount(0, title.length()) > MAX_TITLE) {
      errors.add(new FieldError("title", "tooLong", Map.of("max", MAX_TITLE), "at most " + MAX_TITLE + " characters"));
    }
    if (title.contains("\n")) {
      errors.add(new FieldError("title", "singleLine", Map.of(), "a title is a single line"));
    }
    return title;
  }

  private static String cleanOptional(String field, String raw, int max, List<FieldError> errors) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    String s = TextInput.clean(raw.strip());
    if (s.codePointCount(0, s.length()) > max) {
      errors.add(new FieldError(field, "tooLong", Map.of("max", max), "at most " + max + " characters"));
    }
    return s;
  }

  private static List<Block> cleanBlocks(List<Block> blocks, List<FieldError> errors) {
    if (blocks.size() > MAX_BLOCKS) {
      errors.add(new FieldError("blocks", "tooMany", Map.of("max", MAX_BLOCKS), "at most " + MAX_BLOCKS + " blocks"));
      return List.of();
    }
    List<Block> clean = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      Block b = blocks.get(i);
      String text = b.text() == null ? "" : TextInput.clean(b.text().strip());
      if (text.isEmpty()) {
        errors.add(new FieldError("blocks[" + i + "].text", "required", Map.of(), "a block needs text"));
      } else if (text.length() > MAX_BLOCK_LENGTH) {
        errors.add(new FieldError("blocks[" + i + "].text", "tooLong", Map.of("max", MAX_BLOCK_LENGTH),
            "at most " + MAX_BLOCK_LENGTH + " characters"));
      }
      clean.add(new Block(b.kind(), text));
    }
    return clean;
  }

  private static Map<String, Object> metadata(Article a) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("title", a.title());
    m.put("desk", a.desk());
    m.put("deadline", a.deadline());
    m.put("priority", a.priority());
    return m;
  }

  private static Map<String, Object> describe(Article a, Revision r) {
    Map<String, Object> m = metadata(a);
    m.put("slug", a.slug());
    m.put("language", a.language());
    m.put("state", a.state());
    m.put("revision", r.number());
    m.put("sha256", r.sha256());
    return m;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
