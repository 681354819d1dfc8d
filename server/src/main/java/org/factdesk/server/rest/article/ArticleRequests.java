package org.factdesk.server.rest.article;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.workflow.article.ArticleService;
import org.factdesk.workflow.comment.CommentService;

/**
 * Request bodies of the article resources; dates and enums arrive as strings and are checked by Params.
 * The lengths in {@code @Schema} are the services' own limits (in code points): the web interface reads
 * them from the OpenAPI document, so a form's limit is never a copy.
 */
public final class ArticleRequests {
  private ArticleRequests() {}

  /** {@code text} (plain text or Markdown, see {@code format}) or {@code blocks}. */
  public record CreateArticleRequest(
      @Schema(required = true, maxLength = ArticleService.MAX_TITLE) String title,
      String language,
      String text,
      String format,
      List<BlockInput> blocks,
      @Schema(maxLength = ArticleService.MAX_DESK) String desk,
      String deadline,
      String priority,
      @Schema(maxLength = ArticleService.MAX_NOTE) String note) {}

  public record BlockInput(String kind, @Schema(required = true, maxLength = ArticleService.MAX_BLOCK_LENGTH) String text) {}

  public record UpdateArticleRequest(@Schema(maxLength = ArticleService.MAX_TITLE) String title,
      @Schema(maxLength = ArticleService.MAX_DESK) String desk, String deadline, String priority) {}

  public record ReviseRequest(String text, String format, List<BlockInput> blocks,
      @Schema(maxLength = ArticleService.MAX_NOTE) String note, Integer base) {}

  /**
   * {@code comment}: why (kept in the audit trail and the discussion; required to start a correction);
   * {@code note}: the public note readers see (required to re-approve a correction and to withdraw a
   * published article).
   */
  public record TransitionRequest(@Schema(required = true) String to,
      @Schema(maxLength = ArticleService.MAX_NOTE) String comment,
      @Schema(maxLength = ArticleService.MAX_NOTE) String note) {}

  public record CommentRequest(@Schema(required = true, maxLength = CommentService.MAX_LENGTH) String body,
      Integer revision) {}
}
