package org.factdesk.server.rest.article;

import jakarta.json.JsonValue;
import java.time.OffsetDateTime;
import java.util.List;
import org.factdesk.server.problem.Problem.Reason;

/** Response bodies of the article resources. Entities never go on the wire. */
public final class ArticleViews {
  private ArticleViews() {}

  public record ArticleView(
      long id,
      String title,
      String slug,
      String language,
      String direction,
      String desk,
      OffsetDateTime deadline,
      String priority,
      String state,
      String author,
      int currentRevision,
      Integer approvedRevision,
      long version,
      OffsetDateTime createdAt,
      OffsetDateTime updatedAt,
      RevisionView revision,
      List<String> allowedTransitions,
      List<TransitionView> transitions,
      List<AssignmentView> assignments,
      List<String> allowedActions) {}

  public record ArticleSummary(
      long id,
      String title,
      String slug,
      String language,
      String desk,
      OffsetDateTime deadline,
      String priority,
      String state,
      String author,
      int currentRevision,
      Integer approvedRevision,
      OffsetDateTime updatedAt) {}

  public record RevisionView(
      int number, String sha256, String author, OffsetDateTime createdAt, String note, List<BlockView> blocks) {}

  public record RevisionSummary(int number, String sha256, String author, OffsetDateTime createdAt, String note,
      int blocks) {}

  public record BlockView(int index, String kind, String text) {}

  /** A move this user may make now or once its guards hold; {@code blockedBy} says what is missing. */
  /**
   * A correction (or a withdrawal) of a published article: the revision it published, when and by
   * whom, its public note, and the blocks changed against the version published before.
   */
  public record CorrectionView(String kind, int revision, Integer previousRevision, OffsetDateTime approvedAt,
      String approvedBy, String note, List<Integer> changedBlocks) {}

  /** An approved version and its PDFs as published, one per language ({@code pdf} is the API path). */
  public record VersionView(int revision, String kind, OffsetDateTime approvedAt, String approvedBy, String note,
      List<Integer> changedBlocks, List<PublishedPdfView> pdfs) {}

  public record PublishedPdfView(String language, String sha256, String filename, String pdf) {}

  /** {@code needs}: what the mover must write with it ({@code comment}, {@code note}). */
  public record TransitionView(String to, String action, boolean ready, List<Reason> blockedBy, List<String> needs) {}

  public record AssignmentView(
      long id,
      long articleId,
      String user,
      String role,
      String language,
      OffsetDateTime due,
      boolean active,
      boolean overdue,
      String assignedBy,
      OffsetDateTime assignedAt,
      OffsetDateTime endedAt,
      String endedBy) {}

  public record CommentView(long id, Integer revision, String author, String body, OffsetDateTime createdAt) {}

  public record AuditEventView(
      long id,
      Long articleId,
      String actor,
      OffsetDateTime at,
      String action,
      String subject,
      JsonValue before,
      JsonValue after,
      String note,
      String previousHash,
      String hash) {}

  public record DiffView(int from, int to, String fromSha256, String toSha256, int wordsAdded, int wordsRemoved,
      List<DiffSegmentView> segments) {}

  public record DiffSegmentView(String op, String text) {}

  /** One piece of work waiting for someone. */
  public record QueueItemView(AssignmentView assignment, ArticleSummary article, boolean overdue) {}

  public record PageView<T>(List<T> items, int page, int size, long total) {}
}
