package org.factdesk.workflow.article;

import java.util.List;
import java.util.Map;
import org.factdesk.workflow.assignment.Assignment;
import org.factdesk.workflow.editorial.GuardViolation;
import org.factdesk.workflow.editorial.Transition;

/**
 * What the article view shows, read together: the current text, the active staffing, and each move
 * the actor may make with what blocks it now (empty when it can be made), in table order, and what else
 * they may do to it now ({@link ArticleActions}).
 */
public record ArticleReading(
    Article article, Revision current, List<Assignment> staff, Map<Transition, List<GuardViolation>> moves,
    List<String> actions) {
  public ArticleReading {
    staff = List.copyOf(staff);
    actions = List.copyOf(actions);
  }
}
