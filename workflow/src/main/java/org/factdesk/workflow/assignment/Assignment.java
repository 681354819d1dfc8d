package org.factdesk.workflow.assignment;

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
import org.factdesk.workflow.common.ConflictException;
import org.factdesk.workflow.common.Fields;
import org.factdesk.workflow.editorial.ArticleState;
import org.factdesk.workflow.editorial.AssignmentRole;
import org.factdesk.workflow.editorial.Staffing;

/**
 * A person's part on one article. Ending it (unassign, reassign) keeps the row, so the history of
 * who worked on what stays visible; only assignments without {@code endedAt} are active.
 */
@Entity
@Table(name = "assignment")
public class Assignment {
  @Id
  @SequenceGenerator(name = "assignment_id", sequenceName = "assignment_id_seq", allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "assignment_id")
  @Column(name = "id")
  private Long id;

  @Version
  @Column(name = "version")
  private long version;

  @Column(name = "article_id", updatable = false)
  private long articleId;

  @Column(name = "assignee", updatable = false)
  private String assignee;

  @Enumerated(EnumType.STRING)
  @Column(name = "role", updatable = false)
  private AssignmentRole role;

  @Column(name = "language", updatable = false)
  private String language;

  @Column(name = "due")
  private OffsetDateTime due;

  @Column(name = "assigned_by", updatable = false)
  private String assignedBy;

  @Column(name = "assigned_at", updatable = false)
  private OffsetDateTime assignedAt;

  @Column(name = "ended_at")
  private OffsetDateTime endedAt;

  @Column(name = "ended_by")
  private String endedBy;

  // Whether the article is still being worked on; a copy of its state kept for the queue (V9). Set by
  // staffing.AssignmentService, never by a change to this assignment, so an update here cannot write it back stale.
  @Column(name = "article_open", updatable = false)
  private boolean articleOpen = true;

  protected Assignment() {}

  /** A new, active assignment; {@code articleOpen}: the article is not approved, withdrawn or archived. */
  public Assignment(
      long articleId,
      String assignee,
      AssignmentRole role,
      String language,
      OffsetDateTime due,
      String assignedBy,
      OffsetDateTime now,
      boolean articleOpen) {
    this.articleId = articleId;
    this.articleOpen = articleOpen;
    this.assignee = assignee;
    this.role = role;
    this.language = language;
    this.due = due;
    this.assignedBy = assignedBy;
    this.assignedAt = now;
  }

  /** Ends the assignment (unassigned or replaced); the row stays as the record of who worked on what. */
  public void end(String by, OffsetDateTime now) {
    require(active(), "end");
    this.endedAt = now;
    this.endedBy = by;
  }

  public void reschedule(OffsetDateTime due) {
    require(active(), "reschedule");
    this.due = due;
  }

  private void require(boolean allowed, String action) {
    if (!allowed) {
      throw new ConflictException("assignmentEnded", Map.of("id", id, "action", action),
          "Assignment " + id + " has already ended");
    }
  }

  /** What the audit trail keeps of it. */
  public Map<String, Object> snapshot() {
    return Fields.of("user", assignee, "role", role, "language", language, "due", due, "active", active());
  }

  /** The article states in which this part of the work is still to be done. */
  public boolean pendingIn(ArticleState state) {
    return switch (role) {
      case REVIEWER -> state == ArticleState.DRAFT || state == ArticleState.IN_REVIEW;
      case FACT_CHECKER -> state == ArticleState.DRAFT
          || state == ArticleState.IN_REVIEW
          || state == ArticleState.FACT_CHECK
          || state == ArticleState.CORRECTION;
      case TRANSLATOR -> state.editable();
    };
  }

  /** Active, due, not done, and the due date has passed. */
  public boolean overdueIn(ArticleState state, OffsetDateTime now) {
    return active() && due != null && due.isBefore(now) && pendingIn(state);
  }

  public Staffing toStaffing() {
    return new Staffing(assignee, role, language);
  }

  public boolean active() {
    return endedAt == null;
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

  public String assignee() {
    return assignee;
  }

  public AssignmentRole role() {
    return role;
  }

  public String language() {
    return language;
  }

  public OffsetDateTime due() {
    return due;
  }

  public String assignedBy() {
    return assignedBy;
  }

  public OffsetDateTime assignedAt() {
    return assignedAt;
  }

  public OffsetDateTime endedAt() {
    return endedAt;
  }

  public String endedBy() {
    return endedBy;
  }
}
