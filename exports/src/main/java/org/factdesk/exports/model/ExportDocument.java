package org.factdesk.exports.model;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * One approved revision of an article (source or translation) as it is exported. {@code language}
 * is a BCP 47 tag, {@code direction} is {@code "ltr"} or {@code "rtl"}; {@code corrections} are the
 * corrections published up to this version, oldest first.
 */
public record ExportDocument(
    String articleId,
    int revisionNumber,
    String revisionSha256,
    String title,
    String standfirst,
    String byline,
    String language,
    String direction,
    OffsetDateTime approvedAt,
    List<ExportBlock> blocks,
    List<ExportClaim> claims,
    List<ExportApproval> approvals,
    OffsetDateTime exportedAt,
    ExportLabels labels,
    List<ExportCorrection> corrections) {

  public ExportDocument {
    Objects.requireNonNull(articleId, "articleId");
    Objects.requireNonNull(revisionSha256, "revisionSha256");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(approvedAt, "approvedAt");
    Objects.requireNonNull(exportedAt, "exportedAt");
    if (!"ltr".equals(direction) && !"rtl".equals(direction)) {
      throw new IllegalArgumentException("direction must be ltr or rtl, was " + direction);
    }
    blocks = List.copyOf(blocks);
    claims = claims == null ? List.of() : List.copyOf(claims);
    approvals = approvals == null ? List.of() : List.copyOf(approvals);
    labels = labels == null ? ExportLabels.forLanguage(language) : labels;
    corrections = corrections == null ? List.of() : List.copyOf(corrections);
    for (ExportClaim claim : claims) {
      if (claim.blockIndex() < 0 || claim.blockIndex() >= blocks.size()) {
        throw new IllegalArgumentException("claim " + claim.id() + ": no block " + claim.blockIndex());
      }
      String text = blocks.get(claim.blockIndex()).text();
      if (claim.end() > text.codePointCount(0, text.length())) {
        throw new IllegalArgumentException("claim " + claim.id() + ": end past its block");
      }
    }
  }

  /** The document with these labels and no corrections. */
  public ExportDocument(
      String articleId,
      int revisionNumber,
      String revisionSha256,
      String title,
      String standfirst,
      String byline,
      String language,
      String direction,
      OffsetDateTime approvedAt,
      List<ExportBlock> blocks,
      List<ExportClaim> claims,
      List<ExportApproval> approvals,
      OffsetDateTime exportedAt,
      ExportLabels labels) {
    this(articleId, revisionNumber, revisionSha256, title, standfirst, byline, language, direction,
        approvedAt, blocks, claims, approvals, exportedAt, labels, List.of());
  }

  /** The same document with the labels of its language and no corrections. */
  public ExportDocument(
      String articleId,
      int revisionNumber,
      String revisionSha256,
      String title,
      String standfirst,
      String byline,
      String language,
      String direction,
      OffsetDateTime approvedAt,
      List<ExportBlock> blocks,
      List<ExportClaim> claims,
      List<ExportApproval> approvals,
      OffsetDateTime exportedAt) {
    this(articleId, revisionNumber, revisionSha256, title, standfirst, byline, language, direction,
        approvedAt, blocks, claims, approvals, exportedAt, null, List.of());
  }

  /** This document with the corrections published up to its version. */
  public ExportDocument withCorrections(List<ExportCorrection> published) {
    return new ExportDocument(articleId, revisionNumber, revisionSha256, title, standfirst, byline, language,
        direction, approvedAt, blocks, claims, approvals, exportedAt, labels, published);
  }

  public boolean rightToLeft() {
    return "rtl".equals(direction);
  }
}
