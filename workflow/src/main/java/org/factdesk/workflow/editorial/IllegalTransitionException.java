package org.factdesk.workflow.editorial;

import java.util.List;
import java.util.Map;
import org.factdesk.workflow.common.ConflictException;

/** The workflow table has no move between these two states. */
public class IllegalTransitionException extends ConflictException {
  private final List<ArticleState> possible;

  public IllegalTransitionException(ArticleState from, ArticleState to) {
    this(from, to, EditorialWorkflow.from(from).stream().map(Transition::to).distinct().toList());
  }

  private IllegalTransitionException(ArticleState from, ArticleState to, List<ArticleState> possible) {
    super(
        "illegalTransition",
        Map.of("from", from.name(), "to", to.name(), "possible", possible.toString()),
        "An article in " + from + " cannot move to " + to + "; possible moves: " + possible);
    this.possible = possible;
  }

  public List<ArticleState> possible() {
    return possible;
  }
}
