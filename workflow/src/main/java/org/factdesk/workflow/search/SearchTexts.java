package org.factdesk.workflow.search;

import java.time.OffsetDateTime;
import java.util.List;

/** The texts search indexes, as plain values read from the database. */
public final class SearchTexts {
  private SearchTexts() {}

  /** An article: its current text and each approved translation. */
  public record ArticleText(long id, String title, String language, String state, List<String> blocks,
      List<TranslatedText> translations) {}

  /** An approved translation of an article, block by block like its source. */
  public record TranslatedText(String language, String title, List<String> blocks) {}

  /**
   * A claim with its article's language and state, and the block that carries it in each approved
   * translation (so a Russian claim can match an English claim translated into Russian).
   */
  public record ClaimText(long id, long articleId, String language, String articleState, String status,
      String quote, String reason, String verdict, String rationale, OffsetDateTime resolvedAt,
      List<TranslatedText> carried) {}

  /** A registered source. */
  public record SourceText(long id, String kind, String title, String publisher, String url, String description) {}
}
