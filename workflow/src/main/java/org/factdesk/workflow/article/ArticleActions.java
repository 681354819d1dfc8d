package org.factdesk.workflow.article;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.factdesk.workflow.access.AccessPolicy;
import org.factdesk.workflow.assignment.Assignment;
import org.factdesk.workflow.editorial.ArticleState;
import org.factdesk.workflow.editorial.AssignmentRole;
import org.factdesk.workflow.user.Actor;

/**
 * What this person may do to the article now, besides moving it (those are its transitions): the
 * same access policy and state rules the services enforce, said before anyone clicks, so a screen
 * offers only what will not be refused.
 */
public final class ArticleActions {
  /** Revise the text (a new revision). */
  public static final String EDIT = "edit";
  /** Assign, reassign and unassign staff. */
  public static final String STAFF = "staff";
  /** Cite sources on claims and give claims to a checker. */
  public static final String CITE = "cite";
  /** Flag claims, resolve, re-check, take suggestions. */
  public static final String SETTLE = "settle";
  /** Download the published PDF. */
  public static final String PDF = "pdf";

  private ArticleActions() {}

  public static List<String> allowed(Actor actor, Article article, List<Assignment> active) {
    Supplier<Set<AssignmentRole>> parts = () -> active.stream()
        .filter(s -> s.assignee().equals(actor.username())).map(Assignment::role).collect(Collectors.toSet());
    ArticleState state = article.state();
    List<String> out = new ArrayList<>();
    boolean editor = AccessPolicy.edit(actor).allowed();
    if (editor && state.editable()) {
      out.add(EDIT);
    }
    if (editor && state != ArticleState.ARCHIVED) {
      out.add(STAFF);
    }
    if (state.editable() && AccessPolicy.workOnClaims(actor, parts).allowed()) {
      out.add(CITE);
    }
    if (state.editable() && AccessPolicy.settleClaims(actor, parts, article.author()).allowed()) {
      out.add(SETTLE);
    }
    if (article.approvedRevision() != null) {
      out.add(PDF);
    }
    return List.copyOf(out);
  }
}
