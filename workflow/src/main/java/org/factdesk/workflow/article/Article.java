package org.factdesk.workflow.article;

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
import java.time.OffsetDateTime;
import java.util.Map;
import org.factdesk.workflow.common.Fields;
import org.factdesk.workflow.editorial.ArticleState;

/**
 * A piece of journalism on its way through the desk. Its state only changes through {@link
 * TransitionService#transition}, which consults {@link EditorialWorkflow}; there is no public setter.
 */
@Entity
@Table(name = "article")
public class Article {
  @Id
  @SequenceGenerator(name = "article_id", sequenceName = "article_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "article_id")
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "title")
  private String title;

  @Column(name = "slug")
  private String slug;

  @Column(name = "language", updatable = false)
  private String language;

  @Column(name = "desk")
  private String desk;

  @Column(name = "deadline")
  private OffsetDateTime deadline;

  @Enumerated(EnumType.STRING)
  @Column(name = "priority")
  private Priority priority;

  @Enumerated(EnumType.STRING)
  @Column(name = "state")
  private ArticleState state;

  @Column(name = "author", updatable = false)
  private String author;

  @Column(name = "current_revision")
  private int currentRevision;

  @Column(name = "approved_revision")
  private Integer approvedRevision;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected Article() {}

  Article(
      String title,
      String slug,
      String language,
      String desk,
      OffsetDateTime deadline,
      Priority priority,
      String author,
      OffsetDateTime now) {
    this.title = title;
    this.slug = slug;
    this.language = language;
    this.desk = desk;
    this.deadline = deadline;
    this.priority = priority;
    this.author = author;
    this.state = ArticleState.DRAFT;
    this.currentRevision = 0;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void moveTo(ArticleState to, OffsetDateTime now) {
    if (to == ArticleState.APPROVED) {
      approvedRevision = currentRevision;
    }
    state = to;
    updatedAt = now;
  }

  void revisedTo(int number, OffsetDateTime now) {
    currentRevision = number;
    updatedAt = now;
  }

  void describe(String title, String desk, OffsetDateTime deadline, Priority priority, OffsetDateTime now) {
    this.title = title;
    this.desk = desk;
    this.deadline = deadline;
    this.priority = priority;
    this.updatedAt = now;
  }

  /** What the audit trail keeps of its details. */
  public Map<String, Object> snapshot() {
    return Fields.of("title", title, "desk", desk, "deadline", deadline, "priority", priority);
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public String title() {
    return title;
  }

  public String slug() {
    return slug;
  }

  public String language() {
    return language;
  }

  public String desk() {
    return desk;
  }

  public OffsetDateTime deadline() {
    return deadline;
  }

  public Priority priority() {
    return priority;
  }

  public ArticleState state() {
    return state;
  }

  public String author() {
    return author;
  }

  public int currentRevision() {
    return currentRevision;
  }

  public Integer approvedRevision() {
    return approvedRevision;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }
}
