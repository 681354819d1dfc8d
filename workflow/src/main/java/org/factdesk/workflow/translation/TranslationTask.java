package org.factdesk.workflow.translation;

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
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.factdesk.workflow.common.Fields;

/**
 * The translation of one article into one language. Its state changes only through the
 * intention-revealing methods below; block index sets are stored as short comma lists (they are
 * read and written whole, never queried).
 */
@Entity
@Table(name = "translation_task")
public class TranslationTask {
  @Id
  @SequenceGenerator(name = "translation_task_id", sequenceName = "translation_task_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "translation_task_id")
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "article_id", updatable = false)
  private long articleId;

  @Column(name = "language", updatable = false)
  private String language;

  @Column(name = "translator")
  private String translator;

  @Column(name = "assignment_id")
  private Long assignmentId;

  @Column(name = "due")
  private OffsetDateTime due;

  @Enumerated(EnumType.STRING)
  @Column(name = "state")
  private TranslationState state;

  @Column(name = "based_on_revision")
  private int basedOnRevision;

  @Column(name = "stale")
  private boolean stale;

  @Column(name = "changed_blocks")
  private String changedBlocks = "";

  @Column(name = "approved_blocks")
  private String approvedBlocks = "";

  @Column(name = "current_revision")
  private int currentRevision;

  @Column(name = "review_comment")
  private String reviewComment;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "approval_override")
  private String approvalOverride;

  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  @Column(name = "updated_at")
  private OffsetDateTime updatedAt;

  protected TranslationTask() {}

  TranslationTask(long articleId, String language, int basedOnRevision, OffsetDateTime now) {
    this.articleId = articleId;
    this.language = language;
    this.basedOnRevision = basedOnRevision;
    this.state = TranslationState.ASSIGNED;
    this.createdAt = now;
    this.updatedAt = now;
  }

  void assignTo(String translator, Long assignmentId, OffsetDateTime due, OffsetDateTime now) {
    this.translator = translator;
    this.assignmentId = assignmentId;
    this.due = due;
    this.updatedAt = now;
  }

  void reschedule(OffsetDateTime due, OffsetDateTime now) {
    this.due = due;
    this.updatedAt = now;
  }

  void unassign(OffsetDateTime now) {
    this.translator = null;
    this.assignmentId = null;
    this.updatedAt = now;
  }

  /** A saved draft, aligned with source revision {@code basedOn}: current again, needs review again. */
  void drafted(int revision, int basedOn, Set<Integer> stillApproved, OffsetDateTime now) {
    this.currentRevision = revision;
    this.basedOnRevision = basedOn;
    this.stale = false;
    this.changedBlocks = "";
    this.approvedBlocks = join(stillApproved);
    this.state = TranslationState.IN_PROGRESS;
    this.approvalOverride = null;
    this.updatedAt = now;
  }

  void submitted(String by, OffsetDateTime now) {
    require(submittable(), "submit");
    this.state = TranslationState.SUBMITTED;
    this.submittedBy = by;
    this.updatedAt = now;
  }

  /** {@code override}: why it was approved though figures differ from its claims' (null if they match). */
  void approved(int blockCount, String override, OffsetDateTime now) {
    require(approvable(), "approve");
    this.state = TranslationState.APPROVED;
    this.approvalOverride = override;
    this.approvedBlocks = join(java.util.stream.IntStream.range(0, blockCount).boxed().toList());
    this.reviewComment = null;
    this.updatedAt = now;
  }

  void changesRequested(String comment, OffsetDateTime now) {
    require(state.reviewable(), "request changes");
    this.state = TranslationState.CHANGES_REQUESTED;
    this.reviewComment = comment;
    this.updatedAt = now;
  }

  /** The source moved on: these blocks of the current source need work. */
  void markStale(int sourceRevision, List<Integer> changed, OffsetDateTime now) {
    this.basedOnRevision = Math.min(basedOnRevision, sourceRevision);
    this.stale = true;
    this.changedBlocks = join(changed);
    this.updatedAt = now;
  }

  /** The source changed back, or not in substance: the translation fits the new revision as it is. */
  void current(int sourceRevision, OffsetDateTime now) {
    this.basedOnRevision = sourceRevision;
    this.stale = false;
    this.changedBlocks = "";
    this.updatedAt = now;
  }

  /** Nothing translated yet: the task simply follows the source. */
  void rebase(int sourceRevision, OffsetDateTime now) {
    this.basedOnRevision = sourceRevision;
    this.updatedAt = now;
  }

  /** What the audit trail keeps of it. */
  public Map<String, Object> snapshot() {
    return Fields.of("language", language, "translator", translator, "due", due, "state", state, "stale", stale,
        "basedOnRevision", basedOnRevision, "revision", currentRevision, "changedBlocks", changedBlocks());
  }

  /** A draft may be saved: anything but a submitted, current translation waiting for review. */
  public boolean acceptsDraft() {
    return state.acceptsDraft(stale);
  }

  /** It may be submitted: in progress and made for the current source. */
  public boolean submittable() {
    return state.submittable() && !stale;
  }

  /** It may be approved: submitted and still made for the current source. */
  public boolean approvable() {
    return state.reviewable() && !stale;
  }

  private void require(boolean allowed, String action) {
    if (!allowed) {
      throw new TranslationStateException(id, state, stale, action);
    }
  }

  static String join(Collection<Integer> indices) {
    return new TreeSet<>(indices).stream().map(String::valueOf).collect(Collectors.joining(","));
  }

  static List<Integer> split(String s) {
    if (s == null || s.isEmpty()) {
      return List.of();
    }
    return Arrays.stream(s.split(",")).map(Integer::valueOf).toList();
  }

  public Long id() {
    return id;
  }

  public long version() {
    return version;
  }

  public long articleId() {
    return articleId;
  }

  public String language() {
    return language;
  }

  public String translator() {
    return translator;
  }

  public Long assignmentId() {
    return assignmentId;
  }

  public OffsetDateTime due() {
    return due;
  }

  public TranslationState state() {
    return state;
  }

  public int basedOnRevision() {
    return basedOnRevision;
  }

  public boolean stale() {
    return stale;
  }

  /** Indices of the current source's blocks that changed since the translation's revision. */
  public List<Integer> changedBlocks() {
    return split(changedBlocks);
  }

  /** Indices of the latest translation revision's blocks that an editor approved. */
  public Set<Integer> approvedBlocks() {
    return new TreeSet<>(split(approvedBlocks));
  }

  /** Number of the latest translation revision (0: nothing saved yet). */
  public int currentRevision() {
    return currentRevision;
  }

  /** Who submitted the current version for review (null before the first submission). */
  public String submittedBy() {
    return submittedBy;
  }

  /** Why an editor approved it though its figures differ from its claims' (null otherwise). */
  public String approvalOverride() {
    return approvalOverride;
  }

  public String reviewComment() {
    return reviewComment;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public OffsetDateTime updatedAt() {
    return updatedAt;
  }

  /** Ready for the article's approval: approved and current. Otherwise the state to show why. */
  public String readiness() {
    if (stale) {
      return "STALE";
    }
    return state == TranslationState.APPROVED ? null : state.name();
  }
}
