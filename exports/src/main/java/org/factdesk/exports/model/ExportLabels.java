package org.factdesk.exports.model;

import java.util.Objects;

/**
 * Every fixed string the PDF prints, in one place so a caller can pass a translation. Patterns use
 * {@link String#format} placeholders.
 */
public record ExportLabels(
    String language,
    String factCheckSummary,
    String summaryTotal,
    String factCheckNotes,
    String verdict,
    String rationale,
    String source,
    String publisher,
    String publishedOn,
    String locator,
    String stance,
    String url,
    String archiveSha256,
    String colophon,
    String articleId,
    String revision,
    String revisionSha256,
    String approvedBy,
    String exportedAt,
    String pageOf) {

  public ExportLabels {
    Objects.requireNonNull(language, "language");
  }

  /** English labels, the default until the i18n bundles carry these keys. */
  public static ExportLabels english() {
    return new ExportLabels(
        "en",
        "Fact-check summary",
        "%d claims checked",
        "Fact-check notes",
        "Verdict",
        "Rationale",
        "Source",
        "Publisher",
        "Published",
        "Locator",
        "Stance",
        "URL",
        "Archive SHA-256",
        "Colophon",
        "Article",
        "Revision",
        "Revision SHA-256",
        "Approved by",
        "Exported",
        "%d / %d");
  }
}
