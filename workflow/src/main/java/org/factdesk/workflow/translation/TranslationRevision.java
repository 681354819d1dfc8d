package org.factdesk.workflow.translation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * One immutable save of a translation: the title and one target block per block of source revision
 * {@code basedOnRevision} (target block i translates source block i; an empty target is not yet
 * translated). Every column is non-updatable.
 */
@Entity
@Table(name = "translation_revision")
public class TranslationRevision {
  @Id
  @SequenceGenerator(name = "translation_revision_id", sequenceName = "translation_revision_id_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "translation_revision_id")
  @Column(name = "id")
  private Long id;

  @Column(name = "task_id", updatable = false)
  private long taskId;

  @Column(name = "revision_number", updatable = false)
  private int number;

  @Column(name = "based_on_revision", updatable = false)
  private int basedOnRevision;

  @Column(name = "title", updatable = false)
  private String title;

  @Column(name = "author", updatable = false)
  private String author;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "sha256", updatable = false)
  private String sha256;

  /** Translator-marked spans, "block:start-end" joined by commas (read and written whole). */
  @Column(name = "marked_spans", updatable = false)
  private String markedSpans = "";

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "translation_block", joinColumns = @JoinColumn(name = "translation_revision_id"))
  @OrderColumn(name = "block_index", updatable = false)
  @Column(name = "body", updatable = false)
  private List<String> blocks = new ArrayList<>();

  protected TranslationRevision() {}

  TranslationRevision(long taskId, int number, int basedOnRevision, String title, List<String> blocks, String author,
      List<MarkedSpan> spans, OffsetDateTime createdAt) {
    this.taskId = taskId;
    this.markedSpans = MarkedSpan.join(spans);
    this.number = number;
    this.basedOnRevision = basedOnRevision;
    this.title = title;
    this.blocks = new ArrayList<>(blocks);
    this.author = author;
    this.createdAt = createdAt;
    this.sha256 = sha256(title, blocks);
  }

  /** Title and blocks, each followed by a record separator (U+001E), in UTF-8. */
  public static String sha256(String title, List<String> blocks) {
    StringBuilder sb = new StringBuilder(title).append('\u001E');
    blocks.forEach(b -> sb.append(b).append('\u001E'));
    try {
      return HexFormat.of().formatHex(
          MessageDigest.getInstance("SHA-256").digest(sb.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public Long id() {
    return id;
  }

  public long taskId() {
    return taskId;
  }

  public int number() {
    return number;
  }

  public int basedOnRevision() {
    return basedOnRevision;
  }

  public String title() {
    return title;
  }

  public String author() {
    return author;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public String sha256() {
    return sha256;
  }

  public List<MarkedSpan> spans() {
    return MarkedSpan.split(markedSpans);
  }

  public List<String> blocks() {
    return List.copyOf(blocks);
  }
}
