package org.factdesk.workflow.translation;

import com.ibm.icu.text.Normalizer2;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.factdesk.i18n.InvalidLanguageTagException;
import org.factdesk.i18n.InvalidTextException;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.i18n.TextInput;
import org.factdesk.i18n.xliff.XliffDocument;
import org.factdesk.i18n.xliff.XliffException;
import org.factdesk.i18n.xliff.XliffReader;
import org.factdesk.i18n.xliff.XliffWriter;
import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.article.ArticleService;
import org.factdesk.workflow.claim.AnchoredClaim;
import org.factdesk.workflow.claim.ClaimService;
import org.factdesk.workflow.article.Block;
import org.factdesk.workflow.article.Revision;
import org.factdesk.workflow.article.RevisionDiff.Segment;
import org.factdesk.workflow.assignment.Assignment;
import org.factdesk.workflow.assignment.AssignmentChanged;
import org.factdesk.workflow.audit.AuditLog;
import org.factdesk.workflow.common.ForbiddenException;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.common.StaleVersionException;
import org.factdesk.workflow.common.UnprocessableException;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.common.ValidationException.FieldError;
import org.factdesk.workflow.editorial.AssignmentRole;
import org.factdesk.workflow.editorial.RevisionCreated;
import org.factdesk.workflow.editorial.TranslationProgress;
import org.factdesk.workflow.translation.Alignment.Aligned;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.Role;

/**
 * Use cases of translation tasks. Translators work only on their own tasks in languages they hold;
 * editors review. Tasks open and follow translators' assignments, and turn stale with every new
 * source revision, through the events observed at the bottom (inside the firing transaction).
 */
@ApplicationScoped
public class TranslationService {
  public static final int MAX_TITLE = ArticleService.MAX_TITLE;
  public static final int MAX_COMMENT = ArticleService.MAX_NOTE;
  private static final Pattern BLOCK_UNIT = Pattern.compile("b(\\d{1,5})");
  private static final Pattern WHITESPACE = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);

  @PersistenceContext(unitName = "factdesk")
  EntityManager em;

  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject ArticleService articles;
  @Inject ClaimService claims;

  /** Every task of an article the actor may see, by language. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public List<TranslationTask> forArticle(Actor actor, long articleId) {
    articles.find(actor, articleId);
    return tasks(articleId);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public TranslationTask find(Actor actor, long id) {
    return readable(actor, id);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Workspace workspace(Actor actor, long id) {
    return workspace(readable(actor, id));
  }

  /** A new translation revision with one target per current source block; makes a stale task current. */
  @Transactional
  public ChangedTask saveDraft(Actor actor, long id, long expectedVersion, String title, List<String> blocks,
      List<MarkedSpan> spans) {
    TranslationTask task = forTranslator(actor, id);
    checkVersion(task, expectedVersion);
    return save(actor, task, workspace(task), title, blocks, spans, "translation.saved");
  }

  @Transactional
  public ChangedTask submit(Actor actor, long id, Long expectedVersion) {
    TranslationTask task = forTranslator(actor, id);
    checkVersion(task, expectedVersion);
    Workspace w = workspace(task);
    List<Integer> missing = new ArrayList<>();
    for (Workspace.Row row : w.rows()) {
      if (row.target().isBlank()) {
        missing.add(row.index());
      }
    }
    if (task.state().submittable() && !task.stale() && (w.title().isBlank() || !missing.isEmpty())) {
      throw new UnprocessableException("translationIncomplete",
          Map.of("blocks", missing.toString(), "count", missing.size(), "title", w.title().isBlank() ? "yes" : "no"),
          "Untranslated: " + (w.title().isBlank() ? "the title, " : "") + "blocks " + missing);
    }
    return step(actor, task, w.source().number(), "translation.submitted", null, now -> task.submitted(now));
  }

  @Transactional
  public ChangedTask approve(Actor actor, long id, Long expectedVersion) {
    TranslationTask task = forEditor(actor, id, "approve a translation");
    checkVersion(task, expectedVersion);
    Workspace w = workspace(task);
    int blocks = w.rows().size();
    return step(actor, task, w.source().number(), "translation.approved", null, now -> task.approved(blocks, now));
  }

  @Transactional
  public ChangedTask requestChanges(Actor actor, long id, Long expectedVersion, String comment) {
    TranslationTask task = forEditor(actor, id, "request changes to a translation");
    checkVersion(task, expectedVersion);
    if (comment == null || comment.isBlank()) {
      throw new ValidationException("comment", "required", Map.of(), "say what needs changing");
    }
    String clean = TextInput.clean(comment.strip());
    if (clean.codePointCount(0, clean.length()) > MAX_COMMENT) {
      throw new ValidationException("comment", "tooLong", Map.of("max", MAX_COMMENT), "at most " + MAX_COMMENT
          + " characters");
    }
    int source = em.find(Article.class, task.articleId()).currentRevision();
    return step(actor, task, source, "translation.changesRequested", clean, now -> task.changesRequested(clean, now));
  }

  /** Saved revisions of a translation, newest first. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<TranslationRevision> revisions(Actor actor, long id, Page.Request page) {
    TranslationTask task = readable(actor, id);
    List<TranslationRevision> items = em.createQuery("select r from TranslationRevision r where r.taskId = :t"
            + " order by r.number desc", TranslationRevision.class)
        .setParameter("t", task.id())
        .setFirstResult(page.firstResult())
        .setMaxResults(page.size())
        .getResultList();
    return new Page<>(items, page.page(), page.size(), task.currentRevision());
  }

  /** The task as XLIFF 2.1: a unit for the title and one per source block. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public byte[] exportXliff(Actor actor, long id) {
    Workspace w = workspace(readable(actor, id));
    TranslationTask task = w.task();
    boolean done = task.state() == TranslationState.APPROVED && !task.stale();
    List<XliffDocument.Note> fileNotes = new ArrayList<>();
    fileNotes.add(new XliffDocument.Note("factdesk:task", String.valueOf(task.id())));
    fileNotes.add(new XliffDocument.Note("factdesk:basedOnRevision", String.valueOf(w.source().number())));
    if (task.reviewComment() != null) {
      fileNotes.add(new XliffDocument.Note("editor", task.reviewComment()));
    }
    // Claims travel with their block: the translator sees what is claimed, and its verdict.
    java.util.Map<Integer, List<AnchoredClaim>> claimsByBlock = claims.anchoredOn(actor, task.articleId(),
            w.source().number()).stream()
        .filter(a -> a.anchor().position() != null)
        .collect(java.util.stream.Collectors.groupingBy(a -> a.anchor().position().block()));
    List<XliffDocument.Unit> units = new ArrayList<>();
    String title = w.title().isEmpty() ? null : w.title();
    units.add(new XliffDocument.Unit("title", w.article().title(), title,
        title == null ? "initial" : done ? "final" : "translated", List.of()));
    for (Workspace.Row row : w.rows()) {
      String target = row.target().isEmpty() ? null : row.target();
      String state = target == null ? "initial" : row.approved() ? (done ? "final" : "reviewed") : "translated";
      List<XliffDocument.Note> notes = new ArrayList<>();
      notes.add(new XliffDocument.Note("factdesk:kind", row.source().kind().name()));
      if (row.changed()) {
        notes.add(new XliffDocument.Note("factdesk:changed", render(row.diff())));
      }
      for (AnchoredClaim a : claimsByBlock.getOrDefault(row.index(), List.of())) {
        notes.add(new XliffDocument.Note("factdesk:claim", "#" + a.claim().id() + " " + a.claim().status()
            + (a.claim().verdict() == null ? "" : " " + a.claim().verdict()) + ": \"" + a.claim().exact() + "\""
            + (a.claim().rationale() == null ? "" : " (" + a.claim().rationale() + ")")));
      }
      units.add(new XliffDocument.Unit("b" + row.index(), row.source().text(), target, state, notes));
    }
    return XliffWriter.write(new XliffDocument(w.article().language(), task.language(), task.id(),
        w.source().number(), fileNotes, units));
  }

  /**
   * Saves the targets of an XLIFF file as a new draft. Checks everything first (the file, the task,
   * the source revision, the languages, every unit) and changes nothing unless all of it holds.
   */
  @Transactional
  public ChangedTask importXliff(Actor actor, long id, Long expectedVersion, String xml) {
    TranslationTask task = forTranslator(actor, id);
    checkVersion(task, expectedVersion);
    XliffDocument doc;
    try {
      doc = XliffReader.read(xml);
    } catch (XliffException e) {
      throw new XliffRejectedException(e.problems());
    }
    Workspace w = workspace(task);
    List<XliffDocument.Problem> problems = new ArrayList<>();
    if (doc.taskId() != task.id()) {
      problems.add(new XliffDocument.Problem("file@original", "xliffWrongTask",
          "the file belongs to task " + doc.taskId() + ", not " + task.id()));
    }
    if (doc.basedOnRevision() != w.source().number()) {
      problems.add(new XliffDocument.Problem("file@original", "xliffWrongRevision", "the file was made from source"
          + " revision " + doc.basedOnRevision() + "; the source is now at revision " + w.source().number()));
    }
    checkLanguage("xliff@srcLang", doc.srcLang(), w.article().language(), problems);
    checkLanguage("xliff@trgLang", doc.trgLang(), task.language(), problems);
    String title = w.title();
    List<String> targets = new ArrayList<>(w.targets());
    for (XliffDocument.Unit unit : doc.units()) {
      var m = BLOCK_UNIT.matcher(unit.id());
      int index = m.matches() ? Integer.parseInt(m.group(1)) : -1;
      if (!unit.id().equals("title") && (index < 0 || index >= targets.size())) {
        problems.add(new XliffDocument.Problem("unit " + unit.id(), "xliffUnknownUnit",
            "there is no unit " + unit.id() + " in this task"));
        continue;
      }
      String expectedSource = index < 0 ? w.article().title() : w.rows().get(index).source().text();
      if (unit.source() != null && !sameText(unit.source(), expectedSource)) {
        problems.add(new XliffDocument.Problem("unit " + unit.id(), "xliffSourceEdited",
            "the source text was changed in the file; edit the article instead and translate only the target"));
        continue;
      }
      if (unit.target() == null) {
        continue;
      }
      String text;
      try {
        text = TextInput.clean(unit.target().strip());
      } catch (InvalidTextException e) {
        problems.add(new XliffDocument.Problem("unit " + unit.id(), "xliffText", e.getMessage()));
        continue;
      }
      if (index < 0) {
        title = text;
      } else {
        targets.set(index, text);
      }
    }
    if (!problems.isEmpty()) {
      throw new XliffRejectedException(problems);
    }
    return save(actor, task, w, title, targets, null, "translation.imported");
  }

  /** Equal up to Unicode normalisation and whitespace, which translation tools may reflow. */
  private static boolean sameText(String a, String b) {
    return normalised(a).equals(normalised(b));
  }

  private static String normalised(String s) {
    return WHITESPACE.matcher(Normalizer2.getNFCInstance().normalize(s)).replaceAll(" ").strip();
  }

  /** The required translations (each active translator's language) that are not approved and current. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public TranslationProgress progress(long articleId) {
    List<String> required = em.createQuery("select distinct s.language from Assignment s where s.articleId = :a"
            + " and s.endedAt is null and s.role = :role", String.class)
        .setParameter("a", articleId)
        .setParameter("role", AssignmentRole.TRANSLATOR)
        .getResultList();
    Map<String, TranslationTask> byLanguage = new TreeMap<>();
    tasks(articleId).forEach(t -> byLanguage.put(t.language(), t));
    List<TranslationProgress.BlockingLanguage> blocking = new ArrayList<>();
    for (String language : required.stream().sorted().toList()) {
      TranslationTask task = byLanguage.get(language);
      String why = task == null ? "MISSING" : task.readiness();
      if (why != null) {
        blocking.add(new TranslationProgress.BlockingLanguage(language, why));
      }
    }
    return new TranslationProgress(blocking);
  }

  // --- events -------------------------------------------------------------------------------

  /**
   * A translator's assignment opens (or hands over) the task for its language and gives it its due
   * date; ending it leaves the task.
   */
  void onAssignment(@Observes AssignmentChanged e) {
    if (e.role() != AssignmentRole.TRANSLATOR || e.language() == null) {
      return;
    }
    OffsetDateTime now = now();
    TranslationTask task = task(e.articleId(), e.language());
    if (!e.active()) {
      if (task != null && e.assignmentId() == (task.assignmentId() == null ? -1 : task.assignmentId())) {
        Map<String, Object> before = describe(task);
        task.unassign(now);
        em.flush();
        audit.record(e.articleId(), e.actor(), now, "translation.unassigned", "translation:" + task.id(), before,
            describe(task), null);
      }
      return;
    }
    Assignment assignment = em.find(Assignment.class, e.assignmentId());
    OffsetDateTime due = assignment == null ? null : assignment.due();
    if (task != null && task.assignmentId() != null && task.assignmentId() == e.assignmentId()) {
      // The same assignment with a new due date: the task keeps its translator, only the date moves.
      if (!Objects.equals(task.due(), due)) {
        Map<String, Object> before = describe(task);
        task.reschedule(due, now);
        em.flush();
        audit.record(e.articleId(), e.actor(), now, "translation.rescheduled", "translation:" + task.id(), before,
            describe(task), null);
      }
      return;
    }
    Map<String, Object> before = null;
    String action = "translation.reassigned";
    if (task == null) {
      Article article = em.find(Article.class, e.articleId());
      task = new TranslationTask(e.articleId(), e.language(), article.currentRevision(), now);
      em.persist(task);
      action = "translation.created";
    } else {
      before = describe(task);
    }
    task.assignTo(e.username(), e.assignmentId(), due, now);
    em.flush();
    audit.record(e.articleId(), e.actor(), now, action, "translation:" + task.id(), before, describe(task), null);
  }

  /** A new source revision: translations made for an older one turn stale, listing the changed blocks. */
  void onRevision(@Observes RevisionCreated e) {
    if (e.previous() == 0) {
      return;
    }
    OffsetDateTime now = now();
    Revision current = null;
    for (TranslationTask task : tasks(e.articleId())) {
      if (task.currentRevision() == 0) {
        // Nothing translated yet: nothing can be out of date.
        task.rebase(e.current(), now);
        continue;
      }
      if (current == null) {
        current = sourceRevision(e.articleId(), e.current());
      }
      TranslationRevision latest = translationRevision(task);
      Revision old = sourceRevision(e.articleId(), latest.basedOnRevision());
      List<Aligned> alignment = Alignment.between(old.blocks(), current.blocks());
      Map<String, Object> before = describe(task);
      if (alignment.equals(Alignment.identity(old.blocks().size()))) {
        task.current(e.current(), now);
      } else {
        task.markStale(e.current(), Alignment.changedIndices(alignment), now);
      }
      em.flush();
      audit.record(e.articleId(), e.actor(), now, task.stale() ? "translation.stale" : "translation.current",
          "translation:" + task.id(), before, describe(task), null);
    }
  }

  // --- internals -----------------------------------------------------------------------------

  Workspace workspace(TranslationTask task) {
    Article article = em.find(Article.class, task.articleId());
    Revision source = sourceRevision(article.id(), article.currentRevision());
    TranslationRevision latest = task.currentRevision() == 0 ? null : translationRevision(task);
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
      old = sourceRevision(article.id(), latest.basedOnRevision());
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

  private ChangedTask save(Actor actor, TranslationTask task, Workspace w, String title, List<String> blocks,
      List<MarkedSpan> spans, String action) {
    if (!task.state().acceptsDraft(task.stale())) {
      throw new TranslationStateException(task.id(), task.state(), task.stale(), "save");
    }
    List<FieldError> errors = new ArrayList<>();
    String cleanTitle = title == null ? "" : TextInput.clean(title.strip());
    if (cleanTitle.codePointCount(0, cleanTitle.length()) > MAX_TITLE) {
      errors.add(new FieldError("title", "tooLong", Map.of("max", MAX_TITLE), "at most " + MAX_TITLE + " characters"));
    }
    if (cleanTitle.contains("\n")) {
      errors.add(new FieldError("title", "singleLine", Map.of(), "a title is a single line"));
    }
    if (blocks == null) {
      throw new ValidationException("blocks", "required", Map.of(), "one target text per source block");
    }
    if (blocks.size() != w.rows().size()) {
      throw new ValidationException(List.of(new FieldError("blocks", "blockCount",
          Map.of("expected", w.rows().size(), "actual", blocks.size()),
          "expected " + w.rows().size() + " blocks (one per source block), got " + blocks.size())));
    }
    List<String> clean = new ArrayList<>(blocks.size());
    for (int i = 0; i < blocks.size(); i++) {
      String text = blocks.get(i) == null ? "" : TextInput.clean(blocks.get(i).strip());
      if (text.length() > ArticleService.MAX_BLOCK_LENGTH) {
        errors.add(new FieldError("blocks[" + i + "]", "tooLong", Map.of("max", ArticleService.MAX_BLOCK_LENGTH),
            "at most " + ArticleService.MAX_BLOCK_LENGTH + " characters"));
      }
      clean.add(text);
    }
    List<MarkedSpan> marked = spans != null ? spans
        // Without spans in the request, a span stays where its target text stayed the same.
        : w.rows().stream().filter(r -> r.span() != null && clean.get(r.index()).equals(r.target()))
            .map(Workspace.Row::span).toList();
    java.util.Set<Integer> spanned = new HashSet<>();
    for (int k = 0; k < marked.size(); k++) {
      MarkedSpan m = marked.get(k);
      int length = m.block() >= 0 && m.block() < clean.size()
          ? clean.get(m.block()).codePointCount(0, clean.get(m.block()).length()) : -1;
      if (length < 0 || m.start() < 0 || m.end() <= m.start() || m.end() > length || !spanned.add(m.block())) {
        errors.add(new FieldError("spans[" + k + "]", "spanRange", Map.of("max", Math.max(length, 0)),
            "one span per existing block, 0 <= start < end <= " + Math.max(length, 0) + " code points"));
      }
    }
    if (!errors.isEmpty()) {
      throw new ValidationException(errors);
    }
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
    Map<String, Object> before = describe(task);
    task.drafted(number, w.source().number(), stillApproved, now);
    em.flush();
    Map<String, Object> after = describe(task);
    after.put("sha256", revision.sha256());
    audit.record(task.articleId(), actor.username(), now, action, "translation:" + task.id(), before, after, null);
    return new ChangedTask(task, w.source().number());
  }

  private interface Step {
    void apply(OffsetDateTime now);
  }

  private ChangedTask step(Actor actor, TranslationTask task, int sourceRevision, String action, String note,
      Step step) {
    Map<String, Object> before = describe(task);
    OffsetDateTime now = now();
    step.apply(now);
    em.flush();
    audit.record(task.articleId(), actor.username(), now, action, "translation:" + task.id(), before, describe(task),
        note);
    return new ChangedTask(task, sourceRevision);
  }

  private TranslationTask readable(Actor actor, long id) {
    TranslationTask task = em.find(TranslationTask.class, id);
    if (task == null) {
      throw new NotFoundException("translation", id);
    }
    if (actor.isEditor() || actor.has(Role.ADMIN) || isTranslatorOf(actor, task)) {
      return task;
    }
    Article article = em.find(Article.class, task.articleId());
    if (article != null && articles.canRead(actor, article)) {
      throw new ForbiddenException("read this translation", "only editors and its translator may");
    }
    throw new NotFoundException("translation", id);
  }

  private TranslationTask forTranslator(Actor actor, long id) {
    TranslationTask task = readable(actor, id);
    if (!isTranslatorOf(actor, task)) {
      throw new ForbiddenException("translate", "only the translator assigned to the " + task.language()
          + " translation may change it");
    }
    return task;
  }

  private TranslationTask forEditor(Actor actor, long id, String action) {
    TranslationTask task = readable(actor, id);
    if (!actor.isEditor()) {
      throw new ForbiddenException(action, "only editors review translations");
    }
    return task;
  }

  private static boolean isTranslatorOf(Actor actor, TranslationTask task) {
    return actor.username().equals(task.translator()) && actor.has(Role.TRANSLATOR)
        && actor.translatesInto(LanguageTag.parse(task.language()));
  }

  private static void checkVersion(TranslationTask task, Long expectedVersion) {
    if (expectedVersion != null && task.version() != expectedVersion) {
      throw new StaleVersionException("translation", task.id(), expectedVersion, task.version());
    }
  }

  private static void checkLanguage(String where, String given, String expected, List<XliffDocument.Problem> out) {
    String canonical;
    try {
      canonical = given == null ? null : LanguageTag.parse(given).value();
    } catch (InvalidLanguageTagException e) {
      canonical = null;
    }
    if (!expected.equals(canonical)) {
      out.add(new XliffDocument.Problem(where, "xliffWrongLanguage", "expected " + expected + ", found " + given));
    }
  }

  private static String render(List<Segment> diff) {
    StringBuilder sb = new StringBuilder();
    for (Segment s : diff) {
      switch (s.op()) {
        case EQUAL -> sb.append(s.text());
        case DELETE -> sb.append("[-").append(s.text()).append("-]");
        case INSERT -> sb.append("{+").append(s.text()).append("+}");
      }
    }
    return sb.toString();
  }

  private List<TranslationTask> tasks(long articleId) {
    return em.createQuery("select t from TranslationTask t where t.articleId = :a order by t.language",
            TranslationTask.class)
        .setParameter("a", articleId)
        .getResultList();
  }

  private TranslationTask task(long articleId, String language) {
    List<TranslationTask> found = em.createQuery("select t from TranslationTask t where t.articleId = :a"
            + " and t.language = :l", TranslationTask.class)
        .setParameter("a", articleId)
        .setParameter("l", language)
        .getResultList();
    return found.isEmpty() ? null : found.get(0);
  }

  private Revision sourceRevision(long articleId, int number) {
    List<Revision> found = em.createQuery("select r from Revision r where r.articleId = :a and r.number = :n",
            Revision.class)
        .setParameter("a", articleId)
        .setParameter("n", number)
        .getResultList();
    if (found.isEmpty()) {
      throw new NotFoundException("revision", articleId + "/" + number);
    }
    return found.get(0);
  }

  private TranslationRevision translationRevision(TranslationTask task) {
    return em.createQuery("select r from TranslationRevision r where r.taskId = :t and r.number = :n",
            TranslationRevision.class)
        .setParameter("t", task.id())
        .setParameter("n", task.currentRevision())
        .getSingleResult();
  }

  private static Map<String, Object> describe(TranslationTask t) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("language", t.language());
    m.put("translator", t.translator());
    m.put("due", t.due());
    m.put("state", t.state());
    m.put("stale", t.stale());
    m.put("basedOnRevision", t.basedOnRevision());
    m.put("revision", t.currentRevision());
    m.put("changedBlocks", t.changedBlocks());
    return m;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
