package org.factdesk.server.rest.export;

import java.time.OffsetDateTime;
import java.util.List;

/** Request and response records of bulk export jobs. */
public final class ExportJobViews {
  private ExportJobViews() {}

  /** Article ids and/or a filter over approved articles; languages as BCP 47 tags (none: the source). */
  public record StartExportRequest(List<Long> articles, ExportFilterRequest filter, List<String> languages) {}

  /** Matches approved articles: source language, desk, words in the title; null means any. */
  public record ExportFilterRequest(String language, String desk, String q) {}

  public record ExportJobView(long id, String state, String createdBy, OffsetDateTime createdAt,
      OffsetDateTime finishedAt, int total, long done, long failed, long pending, String zip,
      List<ExportItemView> items) {}

  public record ExportJobSummary(long id, String state, String createdBy, OffsetDateTime createdAt,
      OffsetDateTime finishedAt, int total) {}

  /** {@code language} null until done when the source language was asked for. */
  public record ExportItemView(long article, String language, String state, Integer revision, String filename,
      String sha256, Integer size, int attempts, ItemError error) {}

  /** Why an item was not exported, in the caller's language. */
  public record ItemError(String code, String detail) {}
}
