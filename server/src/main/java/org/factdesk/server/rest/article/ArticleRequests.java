package org.factdesk.server.rest.article;

import java.util.List;

/** Request bodies of the article resources; dates and enums arrive as strings and are checked by Params. */
public final class ArticleRequests {
  private ArticleRequests() {}

  /** {@code text} (plain text or Markdown, see {@code format}) or {@code blocks}. */
  public record CreateArticleRequest(
      String title,
      String language,
      String text,
      String format,
      List<BlockInput> blocks,
      String desk,
      String deadline,
      String priority,
      String note) {}

  public record BlockInput(String kind, String text) {}

  public record UpdateArticleRequest(String title, String desk, String deadline, String priority) {}

  public record ReviseRequest(String text, String format, List<BlockInput> blocks, String note, Integer base) {}

  /**
   * {@code comment}: why (kept in the audit trail and the discussion; required to start a correction);
   * {@code note}: the public note readers see (required to re-approve a correction and to withdraw a
   * published article).
   */
  public record TransitionRequest(String to, String comment, String note) {}

  public record CommentRequest(String body, Integer revision) {}
}
