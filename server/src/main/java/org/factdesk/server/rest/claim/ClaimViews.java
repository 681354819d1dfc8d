package org.factdesk.server.rest.claim;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.factdesk.server.rest.source.SourceViews.SourceSummary;

/** Response bodies of the claim resources. Entities never go on the wire. */
public final class ClaimViews {
  private ClaimViews() {}

  /**
   * A claim. {@code blocking} says why it keeps the article in fact-check (null when it does not);
   * {@code selectors.position} is null for an orphaned claim. {@code checked} is what a fact-checker
   * checked (null before the first verdict): when the quote has changed since, {@code status} is
   * NEEDS_RECHECK and the two texts differ.
   */
  public record ClaimView(
      long id,
      long articleId,
      int revision,
      String status,
      String verdict,
      String rationale,
      String reason,
      String assignee,
      String anchor,
      SelectorsView selectors,
      List<CitationView> citations,
      String blocking,
      String flaggedBy,
      OffsetDateTime flaggedAt,
      String resolvedBy,
      OffsetDateTime resolvedAt,
      CheckedView checked,
      /** What the claim's state allows now: assign, resolve, confirm, reopen (who may: the article's allowedActions). */
      List<String> possibleActions,
      long version) {}

  /** The quote as it read when it was checked, in which revision, and the verdict given on it. */
  public record CheckedView(String quote, int revision, String verdict, String rationale, OffsetDateTime at,
      String by) {}

  /** W3C Web Annotation selectors: the quote with context, and block + code point offsets. */
  public record SelectorsView(QuoteSelectorView quote, PositionSelectorView position) {}

  public record QuoteSelectorView(String type, String exact, String prefix, String suffix) {}

  /** {@code start} and {@code end} count Unicode code points within block {@code block}. */
  public record PositionSelectorView(String type, int block, int start, int end) {}

  public record CitationView(long id, long claimId, SourceSummary source, String stance, String locator,
      String createdBy, OffsetDateTime createdAt) {}

  public record AnchorHistoryView(int revision, String anchor, SelectorsView selectors, int similarity,
      OffsetDateTime at) {}

  public record ClaimCommentView(long id, long claimId, String author, String body, OffsetDateTime createdAt) {}

  /** {@code checked}: the quote as it was checked, for a claim that needs a re-check (else null). */
  public record BlockingClaimView(long claim, String quote, String reason, String checked) {}

  public record ClaimSummaryView(long articleId, int revision, long total, Map<String, Long> byStatus,
      Map<String, Long> byVerdict, Map<String, Long> byAnchor, List<BlockingClaimView> blocking) {}

  public record SuggestionView(String id, PositionSelectorView position, String text, double score,
      Map<String, Double> features) {}
}
