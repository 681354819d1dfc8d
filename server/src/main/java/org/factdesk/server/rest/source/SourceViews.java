package org.factdesk.server.rest.source;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.factdesk.workflow.source.CanonicalUrl;
import org.factdesk.workflow.source.Snapshot;
import org.factdesk.workflow.source.SourceService;
import org.factdesk.workflow.source.Source;

/** Request and response bodies of the source resources. */
public final class SourceViews {
  private SourceViews() {}

  /** {@code url} for a web source; {@code kind} and {@code description} for anything else. Dates are ISO dates. */
  public record RegisterSourceRequest(@Schema(maxLength = CanonicalUrl.MAX_LENGTH) String url,
      @Schema(required = true, maxLength = SourceService.MAX_TEXT) String title,
      @Schema(maxLength = SourceService.MAX_TEXT) String publisher, @Schema(maxLength = SourceService.MAX_TEXT) String author,
      String kind, @Schema(maxLength = SourceService.MAX_DESCRIPTION) String description, String publishedOn,
      String accessedOn, @Schema(maxLength = CanonicalUrl.MAX_LENGTH) String archiveUrl) {}

  public record SourceView(long id, String kind, String url, String canonicalUrl, String description, String title,
      String publisher, String author, LocalDate publishedOn, LocalDate accessedOn, String archiveUrl,
      String createdBy, OffsetDateTime createdAt, long version) {}

  public record SourceSummary(long id, String kind, String title, String url, String publisher) {}

  /** {@code href} downloads the file; the SHA-256 lets a reader prove it is what the checker saw. */
  public record SnapshotView(long id, long sourceId, String sha256, long size, String mediaType, String originalName,
      String createdBy, OffsetDateTime createdAt, String href) {}

  public static SourceView view(Source s) {
    return new SourceView(s.id(), s.kind().name(), s.url(), s.canonicalUrl(), s.description(), s.title(),
        s.publisher(), s.author(), s.publishedOn(), s.accessedOn(), s.archiveUrl(), s.createdBy(), s.createdAt(),
        s.version());
  }

  public static SourceSummary summary(Source s) {
    return new SourceSummary(s.id(), s.kind().name(), s.title(), s.canonicalUrl(), s.publisher());
  }

  public static SnapshotView snapshot(Snapshot s) {
    return new SnapshotView(s.id(), s.sourceId(), s.sha256(), s.size(), s.mediaType(), s.originalName(),
        s.createdBy(), s.createdAt(), "sources/" + s.sourceId() + "/snapshots/" + s.id() + "/content");
  }
}
