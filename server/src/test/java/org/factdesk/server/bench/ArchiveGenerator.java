package org.factdesk.server.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.factdesk.workflow.article.Block;
import org.factdesk.workflow.article.BlockKind;
import org.factdesk.workflow.article.RevisionContent;
import org.factdesk.workflow.article.Slugs;
import org.factdesk.workflow.claim.Anchor;
import org.factdesk.workflow.claim.AnchorState;
import org.factdesk.workflow.claim.Anchoring;
import org.factdesk.workflow.claim.ClaimStatus;
import org.factdesk.workflow.claim.Verdict;
import org.factdesk.workflow.editorial.ArticleState;
import org.factdesk.workflow.editorial.AssignmentRole;
import org.factdesk.workflow.source.CanonicalUrl;
import org.factdesk.workflow.source.SourceKind;
import org.factdesk.workflow.source.SourceService;
import org.factdesk.workflow.source.Stance;
import org.factdesk.workflow.translation.TranslationRevision;
import org.factdesk.workflow.translation.TranslationState;
import org.factdesk.workflow.user.PasswordHasher;
import org.factdesk.server.config.migration.V13__Audit_chain;
import org.factdesk.workflow.audit.AuditChain;
import org.flywaydb.core.Flyway;

/**
 * Fills an empty PostgreSQL database with a newsroom archive for load tests: per 100,000 articles
 * about 300,000 revisions, 1,000,000 claims, 200,000 sources, translations into five languages for a
 * third of the articles, the assignments, and the audit trail that led there. The same seed gives
 * the same archive. The schema comes from the project's own Flyway migrations.
 *
 * <p>Every article is one the server could have made itself: revision hashes from {@link
 * RevisionContent}, claim anchors from {@link Anchoring}, states reached along the workflow table
 * with the staffing and settled claims/translations its guards demand. It also writes a Lua file of
 * targets for the load harness (users, articles by state, quotes to flag, translation tasks).
 *
 * <p>Usage (see bench/README.md): {@code --url jdbc:postgresql://127.0.0.1:5432/db [--db-user postgres]
 * [--db-password ""] [--articles 100000] [--seed 7] [--password bench] [--targets file.lua]}
 */
public final class ArchiveGenerator {
  private static final Instant EPOCH = Instant.parse("2024-11-01T06:00:00Z");
  private static final long SPAN_SECONDS = 2L * 365 * 24 * 3600;
  private static final List<String> DESKS =
      List.of("Politics", "Economy", "World", "Regions", "Culture", "Science", "Sport", "Investigations");

  private final Options options;
  private final List<String> editors = new ArrayList<>();
  private final List<String> checkers = new ArrayList<>();
  private final Map<String, List<String>> translators = new LinkedHashMap<>();
  private final Targets targets = new Targets();
  private final long sources;
  private long revisionId;
  private long assignmentId;
  private long claimId;
  private long claimAnchorId;
  private long citationId;
  private long auditId;
  private long taskId;
  private long translationRevisionId;

  private CopyTable article;
  private CopyTable revision;
  private CopyTable revisionBlock;
  private CopyTable assignment;
  private CopyTable claim;
  private CopyTable claimAnchor;
  private CopyTable citation;
  private CopyTable audit;
  private CopyTable task;
  private CopyTable translationRevision;
  private CopyTable translationBlock;

  record Options(String url, String dbUser, String dbPassword, int articles, long seed, String password, Path targets) {
    static Options parse(String[] args) {
      Map<String, String> m = new LinkedHashMap<>();
      for (int i = 0; i + 1 < args.length; i += 2) {
        if (!args[i].startsWith("--")) {
          throw new IllegalArgumentException("expected --name value, got " + args[i]);
        }
        m.put(args[i].substring(2), args[i + 1]);
      }
      String url = m.get("url");
      if (url == null || !url.startsWith("jdbc:postgresql:")) {
        throw new IllegalArgumentException("--url jdbc:postgresql://host:port/database is required");
      }
      return new Options(url, m.getOrDefault("db-user", "postgres"), m.getOrDefault("db-password", ""),
          Integer.parseInt(m.getOrDefault("articles", "100000")), Long.parseLong(m.getOrDefault("seed", "7")),
          m.getOrDefault("password", "bench"), Path.of(m.getOrDefault("targets", "target/bench/targets.lua")));
    }
  }

  ArchiveGenerator(Options options) {
    this.options = options;
    this.sources = Math.max(100, options.articles() * 2L);
  }

  public static void main(String[] args) throws Exception {
    Options options = Options.parse(args);
    long started = System.nanoTime();
    new ArchiveGenerator(options).run();
    System.out.printf("archive generated in %.1f s%n", (System.nanoTime() - started) / 1e9);
  }

  void run() throws SQLException, IOException {
    Flyway.configure().dataSource(options.url(), options.dbUser(), options.dbPassword())
        .locations("classpath:db/migration").javaMigrations(new V13__Audit_chain()).load().migrate();
    try (Connection c = connect(); Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT (SELECT count(*) FROM article) + (SELECT count(*) FROM app_user)")) {
      rs.next();
      if (rs.getLong(1) != 0) {
        throw new IllegalStateException("the database is not empty: generate into a fresh one");
      }
    }
    long t0 = System.nanoTime();
    List<String> indexes = dropSecondaryIndexes();
    users();
    System.out.printf("users in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    sources();
    System.out.printf("sources in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    openArticleTables();
    for (int i = 1; i <= options.articles(); i++) {
      article(i);
      if (i % 10_000 == 0) {
        System.out.printf("%,d articles%n", i);
      }
    }
    for (CopyTable t : articleTables()) {
      t.commit();
      System.out.printf("%-22s %,12d rows%n", t.table(), t.rows());
      t.close();
    }
    System.out.printf("articles in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    createIndexes(indexes);
    System.out.printf("indexes in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    finish();
    System.out.printf("checked and analysed in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    targets.write(options.targets(), options.password());
  }

  // --- staff -------------------------------------------------------------------------------------

  private void users() throws SQLException {
    int scale = Math.max(1, options.articles() / 2_000);
    for (int i = 1; i <= Math.min(50, 2 * scale); i++) editors.add(String.format("ed%03d", i));
    for (int i = 1; i <= Math.min(100, 4 * scale); i++) checkers.add(String.format("fc%03d", i));
    for (String language : ArchiveText.LANGUAGES) {
      List<String> names = new ArrayList<>();
      for (int i = 1; i <= Math.min(10, Math.max(2, scale)); i++) names.add(String.format("tr-%s-%02d", language, i));
      translators.put(language, names);
    }
    List<String[]> all = new ArrayList<>();
    all.add(new String[] {"bench-admin", "ADMIN", null});
    editors.forEach(u -> all.add(new String[] {u, "EDITOR", null}));
    checkers.forEach(u -> all.add(new String[] {u, "FACT_CHECKER", null}));
    translators.forEach((l, names) -> names.forEach(u -> all.add(new String[] {u, "TRANSLATOR", l})));
    // PBKDF2 is slow on purpose; hash on every core.
    List<String> hashes = all.parallelStream().map(u -> PasswordHasher.hash(options.password())).toList();
    SplittableRandom random = new SplittableRandom(options.seed());
    try (CopyTable users = table("app_user", "username, version, display_name, password_hash, active, created_at");
        CopyTable roles = table("user_role", "username, role");
        CopyTable languages = table("user_language", "username, language")) {
      for (int i = 0; i < all.size(); i++) {
        String[] u = all.get(i);
        users.row(u[0], 1, ArchiveText.person(random, i), hashes.get(i), true, EPOCH.minusSeconds(86_400 * 400));
        roles.row(u[0], u[1]);
        if (u[2] != null) {
          languages.row(u[0], u[2]);
        }
      }
      users.commit();
      roles.commit();
      languages.commit();
    }
    targets.users(editors, checkers, translators);
  }

  // --- sources -----------------------------------------------------------------------------------

  private void sources() throws SQLException {
    List<String> hosts = List.of("stat.gov.example.az", "www.example.org", "news.example.ge", "data.example.ru",
        "archive.example.il", "www.example.jo", "ministry.example.gov", "reports.example.com");
    try (CopyTable source = table("source", "id, version, kind, url, canonical_url, description, title, title_folded,"
            + " publisher, author, published_on, accessed_on, archive_url, created_by, created_at")) {
      for (long id = 1; id <= sources; id++) {
        SplittableRandom r = random(-id);
        String language = ArchiveText.LANGUAGES.get(r.nextInt(ArchiveText.LANGUAGES.size()));
        SourceKind kind = SourceKind.values()[r.nextInt(SourceKind.values().length)];
        String url = kind == SourceKind.INTERVIEW ? null
            : "https://" + hosts.get(r.nextInt(hosts.size())) + "/" + language + "/report/" + id + "?utm_source=desk";
        String title = ArchiveText.heading(language, r, (int) id) + " (" + id + ")";
        LocalDate published = LocalDate.ofEpochDay(LocalDate.of(2015, 1, 1).toEpochDay() + r.nextInt(3_600));
        source.row(id, 1, kind, url, url == null ? null : CanonicalUrl.of(url),
            kind == SourceKind.INTERVIEW ? "Interview by phone, notes on file" : null, title,
            SourceService.fold(title), kind == SourceKind.INTERVIEW ? null : "Publisher " + (id % 97),
            ArchiveText.person(r, (int) (id % 50)), published, published.plusDays(r.nextInt(400)), null,
            pick(checkers, r), EPOCH.minusSeconds(r.nextInt(365 * 86_400)));
      }
      source.commit();
      System.out.printf("%-22s %,12d rows%n", "source", source.rows());
    }
  }

  // --- articles ----------------------------------------------------------------------------------

  /** What the article went through, step by step, as the audit trail tells it. */
  private final class Story {
    final long id;
    final SplittableRandom r;
    final boolean open;
    long t;
    String lastHash = AuditChain.GENESIS;

    Story(long id, SplittableRandom r, Instant start, boolean open) {
      this.id = id;
      this.r = r;
      this.open = open;
      this.t = start.getEpochSecond();
    }

    Instant tick() {
      t += 60 + r.nextInt(6 * 3600);
      return Instant.ofEpochSecond(t);
    }

    void event(String actor, Instant at, String action, String subject, String before, String after, String note) {
      // Chained like AuditLog does it, so the verification holds on a generated archive (decision 0016).
      long eventId = ++auditId;
      String previous = lastHash;
      lastHash = AuditChain.hash(AuditChain.members(eventId, id, actor, OffsetDateTime.ofInstant(at, ZoneOffset.UTC),
          action, subject, before, after, note, previous));
      audit.row(eventId, id, actor, at, action, subject, before, after, note, previous, lastHash);
    }
  }

  private void article(int id) {
    SplittableRandom r = random(id);
    String language = ArchiveText.LANGUAGES.get(r.nextInt(ArchiveText.LANGUAGES.size()));
    ArticleState state = state(r);
    ArticleState withdrawnFrom = state == ArticleState.WITHDRAWN
        ? List.of(ArticleState.DRAFT, ArticleState.IN_REVIEW, ArticleState.FACT_CHECK).get(r.nextInt(3)) : null;
    ArticleState reached = withdrawnFrom != null ? withdrawnFrom
        : state == ArticleState.ARCHIVED ? ArticleState.APPROVED : state;
    boolean translated = state == ArticleState.TRANSLATION || r.nextInt(100) < 30;
    String author = pick(editors, r);
    String reviewer = other(editors, author, r);
    String checker = pick(checkers, r);
    boolean hasReviewer = reached != ArticleState.DRAFT || r.nextInt(100) < 60;
    boolean hasChecker = past(reached, ArticleState.IN_REVIEW) || r.nextInt(100) < 40;
    Story story =
        new Story(id, r, EPOCH.plusSeconds(SPAN_SECONDS * (id - 1) / options.articles()), !state.closed());

    // The text: a heading, then paragraphs of sentences; earlier revisions differ in one sentence each.
    List<List<String>> paragraphs = new ArrayList<>();
    int figure = 3 + r.nextInt(40);
    for (int p = 0, n = 5 + r.nextInt(3); p < n; p++) {
      List<String> sentences = new ArrayList<>();
      for (int s = 0, m = 3 + r.nextInt(3); s < m; s++) {
        sentences.add(ArchiveText.sentence(language, r, figure));
        figure += 1 + r.nextInt(9);
      }
      paragraphs.add(sentences);
    }
    String title = ArchiveText.heading(language, r, id);
    int revisions = 1 + r.nextInt(5);
    String desk = DESKS.get(r.nextInt(DESKS.size()));
    Instant deadline = r.nextBoolean() ? story.tick().plusSeconds(86_400L * (1 + r.nextInt(20))) : null;
    String priority = List.of("LOW", "NORMAL", "NORMAL", "HIGH", "URGENT").get(r.nextInt(5));

    Instant created = story.tick();
    List<Block> finalBlocks = blocks(title, paragraphs);
    for (int n = 1; n <= revisions; n++) {
      List<Block> blocks = n == revisions ? finalBlocks : earlier(finalBlocks, n, language, r);
      Instant at = n == 1 ? created : story.tick();
      String sha = RevisionContent.sha256(blocks);
      String note = n == 1 ? null : "Revision " + n;
      revision.row(++revisionId, id, n, author, at, sha, note);
      for (int b = 0; b < blocks.size(); b++) {
        revisionBlock.row(revisionId, b, blocks.get(b).kind(), blocks.get(b).text());
      }
      if (n == 1) {
        story.event(author, at, "article.created", "article:" + id, null, Json.of("title", title, "desk", desk,
            "deadline", deadline, "priority", priority, "slug", null, "language", language, "state", "DRAFT",
            "revision", 1, "sha256", sha), null);
      } else {
        story.event(author, at, "article.revised", "revision:" + n, Json.of("revision", n - 1),
            Json.of("revision", n, "sha256", sha, "blocks", blocks.size()), note);
      }
    }

    // Staffing: whom the guards needed on the way, plus translators for a third of the archive.
    Map<String, Long> translatorAssignments = new LinkedHashMap<>();
    Map<String, String> translatorOf = new LinkedHashMap<>();
    Instant staffed = story.tick();
    Instant due = staffed.plusSeconds(86_400L * (2 + r.nextInt(30)));
    if (hasReviewer) assign(story, reviewer, AssignmentRole.REVIEWER, null, due, author, staffed);
    if (hasChecker) assign(story, checker, AssignmentRole.FACT_CHECKER, null, due, author, staffed);
    if (translated) {
      for (String target : ArchiveText.LANGUAGES) {
        if (!target.equals(language)) {
          String translator = pick(translators.get(target), r);
          translatorOf.put(target, translator);
          translatorAssignments.put(target, assign(story, translator, AssignmentRole.TRANSLATOR, target, due, author,
              staffed));
        }
      }
    }

    // Transitions up to the state it reached, then claims on the current revision.
    List<String[]> path = path(reached, translated);
    int current = revisions;
    int step = 0;
    Instant[] taskCreated = new Instant[] {staffed};
    for (; step < path.size() && !path.get(step)[1].equals("TRANSLATION") && !path.get(step)[1].equals("APPROVED");
        step++) {
      transition(story, path.get(step), actorFor(path.get(step)[2], author, reviewer, checker, r), current);
    }
    boolean settled = past(reached, ArticleState.FACT_CHECK);
    List<String> texts = finalBlocks.stream().map(Block::text).toList();
    claims(story, id, texts, paragraphs, current, settled, hasChecker ? checker : null, author);
    for (; step < path.size() && path.get(step)[1].equals("TRANSLATION"); step++) {
      transition(story, path.get(step), actorFor(path.get(step)[2], author, reviewer, checker, r), current);
    }
    // Translations: approved ones before approval; others somewhere along the way.
    for (var e : translatorAssignments.entrySet()) {
      translation(story, e.getKey(), translatorOf.get(e.getKey()), e.getValue(), due, taskCreated[0], state, current,
          finalBlocks.size(), paragraphs, author);
    }
    for (; step < path.size(); step++) {
      transition(story, path.get(step), actorFor(path.get(step)[2], author, reviewer, checker, r), current);
    }
    if (withdrawnFrom != null) {
      transition(story, new String[] {withdrawnFrom.name(), "WITHDRAWN", "withdraw"}, author, current);
    } else if (state == ArticleState.ARCHIVED) {
      transition(story, new String[] {"APPROVED", "ARCHIVED", "archive"}, author, current);
    }
    boolean approvedOnce = reached == ArticleState.APPROVED;
    String slug = Slugs.of(title) + "-" + id;
    article.row(id, 1 + path.size() + (reached != state ? 1 : 0), title, slug, language, desk, deadline, priority, state, author, current,
        approvedOnce ? current : null, created, Instant.ofEpochSecond(story.t));
    targets.article(id, state, hasChecker ? checker : null);
  }

  private long assign(Story story, String who, AssignmentRole role, String language, Instant due, String by,
      Instant at) {
    long id = ++assignmentId;
    assignment.row(id, 1, story.id, who, role, language, due, by, at, null, null, story.open);
    story.event(by, at, "assignment.created", "assignment:" + id, null,
        Json.of("user", who, "role", role, "language", language, "due", due), null);
    return id;
  }

  private void transition(Story story, String[] move, String actor, int revision) {
    Instant at = story.tick();
    String after = move[1].equals("APPROVED")
        ? Json.of("state", move[1], "revision", revision, "approvedRevision", revision)
        : Json.of("state", move[1], "revision", revision);
    String before = move[1].equals("APPROVED")
        ? Json.of("state", move[0], "approvedRevision", null) : Json.of("state", move[0]);
    story.event(actor, at, "article.transitioned", move[2], before, after, null);
  }

  /** Claims on the sentences of the current revision; settled articles have every claim resolved and cited. */
  private void claims(Story story, long articleId, List<String> texts, List<List<String>> paragraphs, int revision,
      boolean settled, String checker, String author) {
    SplittableRandom r = story.r;
    List<int[]> sentences = new ArrayList<>(); // block, start, end (UTF-16 indices)
    for (int p = 0; p < paragraphs.size(); p++) {
      int start = 0;
      for (String s : paragraphs.get(p)) {
        sentences.add(new int[] {p + 1, start, start + s.length()});
        start += s.length() + 1;
      }
    }
    int count = Math.min(sentences.size(), r.nextInt(21));
    // A partial shuffle picks distinct sentences; they are flagged in text order.
    for (int i = 0; i < count; i++) {
      int j = i + r.nextInt(sentences.size() - i);
      int[] tmp = sentences.get(i);
      sentences.set(i, sentences.get(j));
      sentences.set(j, tmp);
    }
    List<int[]> chosen = new ArrayList<>(sentences.subList(0, count));
    chosen.sort((a, b) -> a[0] != b[0] ? Integer.compare(a[0], b[0]) : Integer.compare(a[1], b[1]));
    List<int[]> unclaimed = sentences.subList(count, sentences.size());
    if (!unclaimed.isEmpty()) {
      int[] s = unclaimed.get(0);
      targets.quote(articleId, texts.get(s[0]).substring(s[1], s[2]));
    }
    String flagger = checker != null ? checker : author;
    for (int[] s : chosen) {
      Anchor anchor = Anchoring.atChars(texts, s[0], s[1], s[2]);
      long id = ++claimId;
      Instant flagged = story.tick();
      ClaimStatus status = settled ? ClaimStatus.RESOLVED
          : List.of(ClaimStatus.FLAGGED, ClaimStatus.FLAGGED, ClaimStatus.IN_PROGRESS, ClaimStatus.RESOLVED,
              ClaimStatus.RESOLVED).get(r.nextInt(5));
      if (status == ClaimStatus.IN_PROGRESS && checker == null) {
        status = ClaimStatus.FLAGGED;
      }
      Verdict verdict = status == ClaimStatus.RESOLVED ? Verdict.values()[r.nextInt(Verdict.values().length)] : null;
      String assignee = status == ClaimStatus.FLAGGED ? null : checker;
      String reason = "Check the figure against the source";
      String describe = Json.of("status", "FLAGGED", "anchor", AnchorState.ANCHORED, "revision", revision,
          "block", anchor.position().block(), "start", anchor.position().start(), "end", anchor.position().end(),
          "verdict", null, "assignee", null);
      story.event(flagger, flagged, "claim.flagged", "claim:" + id, null, describe, reason);
      claimAnchor.row(++claimAnchorId, id, revision, AnchorState.ANCHORED, anchor.quote().exact(),
          anchor.quote().prefix(), anchor.quote().suffix(), anchor.position().block(), anchor.position().start(),
          anchor.position().end(), 1000, flagged);
      Instant updated = flagged;
      if (assignee != null) {
        updated = story.tick();
        story.event(flagger, updated, "claim.assigned", "claim:" + id, Json.of("assignee", null),
            Json.of("assignee", assignee), null);
      }
      int cites = verdict != null && verdict.needsCitation() ? 1 + r.nextInt(2) : r.nextInt(2);
      for (int c = 0; c < cites; c++) {
        long source = 1 + (long) (sources * Math.pow(r.nextDouble(), 2));
        Stance stance = Stance.values()[r.nextInt(Stance.values().length)];
        updated = story.tick();
        citation.row(++citationId, id, source, stance, "p. " + (1 + r.nextInt(80)), assignee != null ? assignee
            : flagger, updated);
        story.event(assignee != null ? assignee : flagger, updated, "claim.cited", "claim:" + id, null,
            Json.of("citation", citationId, "source", source, "stance", stance), null);
      }
      String resolver = null;
      Instant resolved = null;
      if (verdict != null) {
        resolver = assignee != null ? assignee : flagger;
        resolved = story.tick();
        updated = resolved;
        story.event(resolver, resolved, "claim.resolved", "claim:" + id, Json.of("status", "IN_PROGRESS"),
            Json.of("status", "RESOLVED", "verdict", verdict), "Checked against the cited sources");
      }
      claim.row(id, 1 + (assignee != null ? 1 : 0) + (verdict != null ? 1 : 0), articleId, revision, status,
          AnchorState.ANCHORED, anchor.quote().exact(), anchor.quote().prefix(), anchor.quote().suffix(),
          anchor.position().block(), anchor.position().start(), anchor.position().end(), reason, verdict,
          verdict == null ? null : "The figure matches the cited record.", assignee, flagger, flagged, resolver,
          resolved, updated);
    }
  }

  private void translation(Story story, String language, String translator, long assignmentId, Instant due,
      Instant created, ArticleState articleState, int revision, int blocks, List<List<String>> paragraphs,
      String editor) {
    SplittableRandom r = story.r;
    TranslationState state = switch (articleState) {
      case APPROVED, ARCHIVED -> TranslationState.APPROVED;
      case TRANSLATION -> List.of(TranslationState.IN_PROGRESS, TranslationState.SUBMITTED, TranslationState.APPROVED,
          TranslationState.CHANGES_REQUESTED).get(r.nextInt(4));
      default -> r.nextInt(10) < 4 ? TranslationState.ASSIGNED : TranslationState.IN_PROGRESS;
    };
    long id = ++taskId;
    story.event(editor, created, "translation.created", "translation:" + id, null,
        Json.of("language", language, "translator", translator, "state", "ASSIGNED", "basedOn", revision), null);
    int current = 0;
    Instant updated = created;
    if (state != TranslationState.ASSIGNED) {
      // Same figures as the source, so the claims' numbers carry into the translation.
      String title = ArchiveText.heading(language, r, (int) story.id);
      List<String> targetBlocks = new ArrayList<>();
      targetBlocks.add(title);
      for (List<String> p : paragraphs) {
        targetBlocks.add(p.stream().map(s -> ArchiveText.sentence(language, r, figureOf(s)))
            .collect(Collectors.joining(" ")));
      }
      while (targetBlocks.size() < blocks) {
        targetBlocks.add(ArchiveText.sentence(language, r, 1));
      }
      current = 1;
      updated = story.tick();
      String sha = TranslationRevision.sha256(title, targetBlocks);
      translationRevision.row(++translationRevisionId, id, 1, revision, title, translator, updated, sha, "");
      for (int b = 0; b < targetBlocks.size(); b++) {
        translationBlock.row(translationRevisionId, b, targetBlocks.get(b));
      }
      story.event(translator, updated, "translation.saved", "translation:" + id, null,
          Json.of("revision", 1, "basedOn", revision, "sha256", sha), null);
      if (state != TranslationState.IN_PROGRESS) {
        updated = story.tick();
        story.event(translator, updated, "translation.submitted", "translation:" + id, Json.of("state", "IN_PROGRESS"),
            Json.of("state", "SUBMITTED"), null);
      }
      if (state == TranslationState.APPROVED || state == TranslationState.CHANGES_REQUESTED) {
        updated = story.tick();
        String action = state == TranslationState.APPROVED ? "translation.approved" : "translation.changesRequested";
        story.event(editor, updated, action, "translation:" + id, Json.of("state", "SUBMITTED"),
            Json.of("state", state), null);
      }
    }
    String approvedBlocks = state == TranslationState.APPROVED
        ? IntStream.range(0, blocks).mapToObj(Integer::toString).collect(Collectors.joining(",")) : "";
    int version = 1 + current + (state == TranslationState.SUBMITTED ? 1 : 0)
        + (state == TranslationState.APPROVED || state == TranslationState.CHANGES_REQUESTED ? 2 : 0);
    task.row(id, version, story.id, language, translator, assignmentId, due, state, revision, false, "",
        approvedBlocks, current, state == TranslationState.CHANGES_REQUESTED ? "Please check the figures" : null,
        created, updated);
    targets.task(id, translator, state, blocks);
  }

  // --- the workflow --------------------------------------------------------------------------------

  private static ArticleState state(SplittableRandom r) {
    int x = r.nextInt(100);
    if (x < 25) return ArticleState.DRAFT;
    if (x < 35) return ArticleState.IN_REVIEW;
    if (x < 50) return ArticleState.FACT_CHECK;
    if (x < 55) return ArticleState.TRANSLATION;
    if (x < 85) return ArticleState.APPROVED;
    if (x < 90) return ArticleState.WITHDRAWN;
    return ArticleState.ARCHIVED;
  }

  /** The moves (from, to, action) of EditorialWorkflow that lead from DRAFT to {@code reached}. */
  private static List<String[]> path(ArticleState reached, boolean translated) {
    List<String[]> moves = new ArrayList<>();
    if (reached == ArticleState.DRAFT) return moves;
    moves.add(new String[] {"DRAFT", "IN_REVIEW", "submitForReview"});
    if (reached == ArticleState.IN_REVIEW) return moves;
    moves.add(new String[] {"IN_REVIEW", "FACT_CHECK", "passReview"});
    if (reached == ArticleState.FACT_CHECK) return moves;
    if (translated) {
      moves.add(new String[] {"FACT_CHECK", "TRANSLATION", "passFactCheck"});
      if (reached == ArticleState.TRANSLATION) return moves;
      moves.add(new String[] {"TRANSLATION", "APPROVED", "approve"});
    } else {
      moves.add(new String[] {"FACT_CHECK", "APPROVED", "approve"});
    }
    return moves;
  }

  private String actorFor(String action, String author, String reviewer, String checker, SplittableRandom r) {
    return switch (action) {
      case "passReview" -> reviewer;
      case "passFactCheck" -> checker;
      case "approve" -> other(editors, author, r);
      default -> author;
    };
  }

  private static boolean past(ArticleState reached, ArticleState than) {
    List<ArticleState> order = List.of(ArticleState.DRAFT, ArticleState.IN_REVIEW, ArticleState.FACT_CHECK,
        ArticleState.TRANSLATION, ArticleState.APPROVED);
    return order.indexOf(reached) > order.indexOf(than);
  }

  // --- text ------------------------------------------------------------------------------------------

  private static List<Block> blocks(String title, List<List<String>> paragraphs) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(new Block(BlockKind.HEADING, title));
    for (List<String> p : paragraphs) {
      blocks.add(new Block(BlockKind.PARAGRAPH, String.join(" ", p)));
    }
    return blocks;
  }

  /** Revision {@code n} before the last: one paragraph still had a different closing sentence. */
  private static List<Block> earlier(List<Block> last, int n, String language, SplittableRandom r) {
    List<Block> blocks = new ArrayList<>(last);
    int p = 1 + (n % (last.size() - 1));
    blocks.set(p, new Block(BlockKind.PARAGRAPH, last.get(p).text() + " "
        + ArchiveText.sentence(language, r, 9_000 + n)));
    return blocks;
  }

  private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d+");

  private static int figureOf(String sentence) {
    java.util.regex.Matcher m = NUMBER.matcher(sentence);
    int figure = 0;
    // The figure is the number that is not a year.
    while (m.find()) {
      int v = Integer.parseInt(m.group());
      if (v < 2015 || v > 2025) figure = v;
    }
    return figure;
  }

  // --- plumbing ------------------------------------------------------------------------------------

  private void openArticleTables() throws SQLException {
    article = table("article", "id, version, title, slug, language, desk, deadline, priority, state, author,"
        + " current_revision, approved_revision, created_at, updated_at");
    revision = table("revision", "id, article_id, revision_number, author, created_at, sha256, note");
    revisionBlock = table("revision_block", "revision_id, block_index, kind, body");
    assignment = table("assignment", "id, version, article_id, assignee, role, language, due, assigned_by,"
        + " assigned_at, ended_at, ended_by, article_open");
    claim = table("claim", "id, version, article_id, revision_number, status, anchor_state, quote_exact,"
        + " quote_prefix, quote_suffix, block_index, start_cp, end_cp, reason, verdict, rationale, assignee,"
        + " flagged_by, flagged_at, resolved_by, resolved_at, updated_at");
    claimAnchor = table("claim_anchor", "id, claim_id, revision_number, anchor_state, quote_exact, quote_prefix,"
        + " quote_suffix, block_index, start_cp, end_cp, similarity, created_at");
    citation = table("citation", "id, claim_id, source_id, stance, locator, created_by, created_at");
    audit = table("audit_event", "id, article_id, actor, occurred_at, action, subject, before_value, after_value,"
        + " note, previous_hash, hash");
    task = table("translation_task", "id, version, article_id, language, translator, assignment_id, due, state,"
        + " based_on_revision, stale, changed_blocks, approved_blocks, current_revision, review_comment, created_at,"
        + " updated_at");
    translationRevision = table("translation_revision", "id, task_id, revision_number, based_on_revision, title,"
        + " author, created_at, sha256, marked_spans");
    translationBlock = table("translation_block", "translation_revision_id, block_index, body");
  }

  private List<CopyTable> articleTables() {
    return List.of(article, revision, revisionBlock, assignment, claim, claimAnchor, citation, audit, task,
        translationRevision, translationBlock);
  }

  /**
   * Index definitions that back no constraint (Flyway's CREATE INDEX statements, whatever their
   * migration), dropped for the load: building an index once is far faster than growing it row by row.
   */
  private List<String> dropSecondaryIndexes() throws SQLException {
    List<String> definitions = new ArrayList<>();
    try (Connection c = connect(); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT i.indexname, i.indexdef FROM pg_indexes i WHERE i.schemaname ="
          + " current_schema() AND NOT EXISTS (SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)")) {
        while (rs.next()) {
          definitions.add(rs.getString(2));
          s.addBatch("DROP INDEX " + rs.getString(1));
        }
      }
      s.executeBatch();
    }
    return definitions;
  }

  private void createIndexes(List<String> definitions) throws SQLException {
    try (Connection c = connect(); Statement s = c.createStatement()) {
      s.execute("SET maintenance_work_mem = '256MB'");
      for (String d : definitions) {
        s.execute(d);
      }
    }
  }

  /** Sequences continue after the generated ids; foreign keys and invariants are checked once; then VACUUM. */
  private void finish() throws SQLException {
    Map<String, String> sequences = new LinkedHashMap<>();
    sequences.put("article_id_seq", "article");
    sequences.put("revision_id_seq", "revision");
    sequences.put("assignment_id_seq", "assignment");
    sequences.put("audit_event_id_seq", "audit_event");
    sequences.put("claim_id_seq", "claim");
    sequences.put("claim_anchor_id_seq", "claim_anchor");
    sequences.put("source_id_seq", "source");
    sequences.put("citation_id_seq", "citation");
    sequences.put("translation_task_id_seq", "translation_task");
    sequences.put("translation_revision_id_seq", "translation_revision");
    try (Connection c = connect(); Statement s = c.createStatement()) {
      for (var e : sequences.entrySet()) {
        s.execute("SELECT setval('" + e.getKey() + "', (SELECT coalesce(max(id), 0) + 1 FROM " + e.getValue()
            + "), false)");
      }
      String[][] keys = {
          {"revision", "article_id", "article", "id"}, {"revision_block", "revision_id", "revision", "id"},
          {"assignment", "article_id", "article", "id"}, {"assignment", "assignee", "app_user", "username"},
          {"claim", "article_id", "article", "id"}, {"claim_anchor", "claim_id", "claim", "id"},
          {"citation", "claim_id", "claim", "id"}, {"citation", "source_id", "source", "id"},
          {"audit_event", "article_id", "article", "id"}, {"translation_task", "article_id", "article", "id"},
          {"translation_task", "assignment_id", "assignment", "id"},
          {"translation_revision", "task_id", "translation_task", "id"},
          {"translation_block", "translation_revision_id", "translation_revision", "id"},
          {"article", "author", "app_user", "username"}, {"claim", "flagged_by", "app_user", "username"}};
      for (String[] k : keys) {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + k[0] + " x WHERE x." + k[1]
            + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM " + k[2] + " y WHERE y." + k[3] + " = x." + k[1] + ")")) {
          rs.next();
          if (rs.getLong(1) != 0) {
            throw new IllegalStateException(rs.getLong(1) + " rows of " + k[0] + "." + k[1] + " point nowhere");
          }
        }
      }
      for (String[] check : INVARIANTS) {
        try (ResultSet rs = s.executeQuery(check[1])) {
          rs.next();
          if (rs.getLong(1) != 0) {
            throw new IllegalStateException(rs.getLong(1) + " rows break the invariant: " + check[0]);
          }
        }
      }
      // As autovacuum would have by now: statistics, and visibility maps for index-only counts.
      s.execute("VACUUM (ANALYZE)");
    }
  }

  /** Checked in SQL after the load, independently of the Java that wrote the rows: each must count 0. */
  private static final String[][] INVARIANTS = {
      {"an assignment knows whether its article is still open",
          "SELECT count(*) FROM assignment s JOIN article a ON a.id = s.article_id"
              + " WHERE s.article_open <> (a.state NOT IN ('APPROVED', 'WITHDRAWN', 'ARCHIVED'))"},
      {"a claim's quote is the text at its code point offsets in its revision",
          "SELECT count(*) FROM claim c JOIN revision r ON r.article_id = c.article_id AND r.revision_number ="
              + " c.revision_number JOIN revision_block b ON b.revision_id = r.id AND b.block_index = c.block_index"
              + " WHERE substr(b.body, c.start_cp + 1, c.end_cp - c.start_cp) <> c.quote_exact"},
      {"a revision's sha256 is that of kind, U+001F, text, U+001E per block (every 50th revision)",
          "SELECT count(*) FROM (SELECT r.sha256, encode(sha256(convert_to(string_agg(b.kind || chr(31) || b.body"
              + " || chr(30), '' ORDER BY b.block_index), 'UTF8')), 'hex') AS computed FROM revision r JOIN"
              + " revision_block b ON b.revision_id = r.id WHERE r.id % 50 = 0 GROUP BY r.id, r.sha256) x"
              + " WHERE x.sha256 <> x.computed"},
      {"past review there is an active reviewer who is not the author",
          "SELECT count(*) FROM article a WHERE a.state NOT IN ('DRAFT', 'WITHDRAWN') AND NOT EXISTS (SELECT 1"
              + " FROM assignment s WHERE s.article_id = a.id AND s.role = 'REVIEWER' AND s.ended_at IS NULL"
              + " AND s.assignee <> a.author)"},
      {"past fact-check every claim is resolved, anchored and (unless NOT_A_CLAIM) cited",
          "SELECT count(*) FROM article a JOIN claim c ON c.article_id = a.id WHERE a.state IN ('TRANSLATION',"
              + " 'APPROVED', 'ARCHIVED') AND (c.status <> 'RESOLVED' OR c.anchor_state <> 'ANCHORED'"
              + " OR (c.verdict <> 'NOT_A_CLAIM' AND NOT EXISTS (SELECT 1 FROM citation t WHERE t.claim_id = c.id)))"},
      {"an approved article with translators has every translation approved and current",
          "SELECT count(*) FROM article a JOIN translation_task t ON t.article_id = a.id WHERE a.state IN"
              + " ('APPROVED', 'ARCHIVED') AND (t.state <> 'APPROVED' OR t.stale OR t.based_on_revision <>"
              + " a.current_revision)"},
      {"in TRANSLATION there are translators; approved directly, there are none",
          "SELECT count(*) FROM article a WHERE (a.state = 'TRANSLATION' AND NOT EXISTS (SELECT 1 FROM assignment s"
              + " WHERE s.article_id = a.id AND s.role = 'TRANSLATOR')) OR (a.state IN ('APPROVED', 'ARCHIVED')"
              + " AND EXISTS (SELECT 1 FROM assignment s WHERE s.article_id = a.id AND s.role = 'TRANSLATOR')"
              + " AND NOT EXISTS (SELECT 1 FROM translation_task t WHERE t.article_id = a.id))"},
      {"an approved article's approved revision is its current one",
          "SELECT count(*) FROM article a WHERE a.state IN ('APPROVED', 'ARCHIVED') AND a.approved_revision IS"
              + " DISTINCT FROM a.current_revision AND EXISTS (SELECT 1 FROM audit_event e WHERE e.article_id ="
              + " a.id AND e.subject = 'approve')"},
  };

  private CopyTable table(String name, String columns) throws SQLException {
    return new CopyTable(options.url(), options.dbUser(), options.dbPassword(), name, columns);
  }

  private Connection connect() throws SQLException {
    return DriverManager.getConnection(options.url(), options.dbUser(), options.dbPassword());
  }

  private SplittableRandom random(long stream) {
    return new SplittableRandom(options.seed() * 0x9E3779B97F4A7C15L + stream);
  }

  private static String pick(List<String> from, SplittableRandom r) {
    return from.get(r.nextInt(from.size()));
  }

  private static String other(List<String> from, String not, SplittableRandom r) {
    String x = pick(from, r);
    return x.equals(not) ? from.get((from.indexOf(x) + 1) % from.size()) : x;
  }

  /** Flat JSON objects, as AuditLog writes them. */
  static final class Json {
    private Json() {}

    static String of(Object... kv) {
      StringBuilder sb = new StringBuilder("{");
      for (int i = 0; i < kv.length; i += 2) {
        if (i > 0) sb.append(',');
        quote(sb, (String) kv[i]).append(':');
        Object v = kv[i + 1];
        if (v == null) sb.append("null");
        else if (v instanceof Number || v instanceof Boolean) sb.append(v);
        else quote(sb, v.toString());
      }
      return sb.append('}').toString();
    }

    private static StringBuilder quote(StringBuilder sb, String s) {
      sb.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '"' || c == '\\') sb.append('\\').append(c);
        else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
        else sb.append(c);
      }
      return sb.append('"');
    }
  }

  /** Ids the load harness works on, written as a Lua table (bench/lua/*.lua read it). */
  static final class Targets {
    private static final int KEEP = 20_000;
    private final Map<String, List<Long>> byState = new LinkedHashMap<>();
    private final List<String> flags = new ArrayList<>();
    private final List<String> tasks = new ArrayList<>();
    private final List<String> views = new ArrayList<>();
    private List<String> editors = List.of();
    private List<String> checkers = List.of();
    private List<String> translators = List.of();
    private long quoteArticle;
    private String quote;

    void users(List<String> editors, List<String> checkers, Map<String, List<String>> translators) {
      this.editors = editors;
      this.checkers = checkers;
      this.translators = translators.values().stream().flatMap(List::stream).toList();
    }

    /** An unclaimed sentence of the article's current revision: it occurs once, so it can be flagged. */
    void quote(long articleId, String exact) {
      quoteArticle = articleId;
      quote = exact;
    }

    void article(long id, ArticleState state, String checker) {
      List<Long> ids = byState.computeIfAbsent(state.name(), k -> new ArrayList<>());
      if (ids.size() < KEEP) {
        ids.add(id);
      }
      if (checker != null && views.size() < KEEP) {
        views.add("{" + id + "," + lua(checker) + "}");
      }
      if (state == ArticleState.FACT_CHECK && checker != null && quoteArticle == id && flags.size() < KEEP) {
        flags.add("{" + id + "," + lua(checker) + "," + lua(quote) + "}");
      }
    }

    void task(long id, String translator, TranslationState state, int blocks) {
      if (state == TranslationState.IN_PROGRESS && tasks.size() < KEEP) {
        tasks.add("{" + id + "," + lua(translator) + "," + blocks + "}");
      }
    }

    void write(Path file, String password) throws IOException {
      Path parent = file.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      try (PrintWriter w = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
        w.println("-- Written by ArchiveGenerator: users and ids of the generated archive for the load scripts.");
        w.println("return {");
        w.println("  password = " + lua(password) + ",");
        w.println("  editors = " + luaList(editors) + ",");
        w.println("  checkers = " + luaList(checkers) + ",");
        w.println("  translators = " + luaList(translators) + ",");
        for (var e : byState.entrySet()) {
          w.println("  " + e.getKey() + " = {" + e.getValue().stream().map(String::valueOf)
              .collect(Collectors.joining(",")) + "},");
        }
        w.println("  views = {" + String.join(",", views) + "},");
        w.println("  tasks = {" + String.join(",", tasks) + "},");
        w.println("  flags = {" + String.join(",", flags) + "},");
        w.println("}");
      }
    }

    static String lua(String s) {
      StringBuilder sb = new StringBuilder("\"");
      for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
        int c = b & 0xff;
        if (c == '"' || c == '\\') sb.append('\\').append((char) c);
        else if (c < 0x20 || c >= 0x80) sb.append('\\').append(c);
        else sb.append((char) c);
      }
      return sb.append('"').toString();
    }

    private static String luaList(List<String> names) {
      return "{" + names.stream().map(Targets::lua).collect(Collectors.joining(",")) + "}";
    }
  }
}
