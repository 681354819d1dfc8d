package org.factdesk.workflow.source;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import org.factdesk.workflow.common.Fields;

/** One entry of the shared source registry. Web sources are unique by canonical URL. */
@Entity
@Table(name = "source")
public class Source {
  @Id
  @SequenceGenerator(name = "source_id", sequenceName = "source_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "source_id")
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version")
  private long version;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  private SourceKind kind;

  @Column(name = "url")
  private String url;

  @Column(name = "canonical_url")
  private String canonicalUrl;

  @Column(name = "description")
  private String description;

  @Column(name = "title")
  private String title;

  /** Case-folded title, for the indexed search. */
  @Column(name = "title_folded")
  private String titleFolded;

  @Column(name = "publisher")
  private String publisher;

  @Column(name = "author")
  private String author;

  @Column(name = "published_on")
  private LocalDate publishedOn;

  @Column(name = "accessed_on")
  private LocalDate accessedOn;

  @Column(name = "archive_url")
  private String archiveUrl;

  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  protected Source() {}

  Source(NewSource s, String canonicalUrl, String createdBy, OffsetDateTime now) {
    this.kind = s.kind();
    this.url = s.url();
    this.canonicalUrl = canonicalUrl;
    this.description = s.description();
    this.title = s.title();
    this.titleFolded = SourceService.fold(s.title());
    this.publisher = s.publisher();
    this.author = s.author();
    this.publishedOn = s.publishedOn();
    this.accessedOn = s.accessedOn();
    this.archiveUrl = s.archiveUrl();
    this.createdBy = createdBy;
    this.createdAt = now;
  }

  void archivedAt(String archiveUrl) {
    this.archiveUrl = archiveUrl;
  }

  /** What the audit trail keeps of it. */
  public Map<String, Object> snapshot() {
    return Fields.of("kind", kind, "url", canonicalUrl, "title", title, "publisher", publisher);
  }

  public Long id() { return id; }
  public long version() { return version; }
  public SourceKind kind() { return kind; }
  public String url() { return url; }
  public String canonicalUrl() { return canonicalUrl; }
  public String description() { return description; }
  public String title() { return title; }
  public String publisher() { return publisher; }
  public String author() { return author; }
  public LocalDate publishedOn() { return publishedOn; }
  public LocalDate accessedOn() { return accessedOn; }
  public String archiveUrl() { return archiveUrl; }
  public String createdBy() { return createdBy; }
  public OffsetDateTime createdAt() { return createdAt; }
}
