package org.factdesk.workflow.editorial;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;

/** The guards of the editorial workflow. Each is small, named, and says why it blocks. */
public final class Guards {
  private Guards() {}

  public static final TransitionGuard HAS_TEXT =
      simple("HasText", c -> c.blockCount() > 0, c -> violation("HasText", "guard.hasText", Map.of(),
          "the article has no text"));

  /** A reviewer other than the author, so that review cannot deadlock on four eyes. */
  public static final TransitionGuard REVIEWER_ASSIGNED =
      simple("ReviewerAssigned",
          c -> c.staffing().stream().anyMatch(s -> s.role() == AssignmentRole.REVIEWER
              && !s.username().equals(c.author())),
          c -> violation("ReviewerAssigned", "guard.reviewerAssigned", Map.of(), "no reviewer assigned"));

  public static final TransitionGuard FACT_CHECKER_ASSIGNED =
      simple("FactCheckerAssigned", c -> c.hasAny(AssignmentRole.FACT_CHECKER), c -> violation(
          "FactCheckerAssigned", "guard.factCheckerAssigned", Map.of(), "no fact-checker assigned"));

  public static final TransitionGuard TRANSLATOR_ASSIGNED =
      simple("TranslatorAssigned", c -> c.hasAny(AssignmentRole.TRANSLATOR), c -> violation(
          "TranslatorAssigned", "guard.translatorAssigned", Map.of(),
          "no translator assigned: approve directly if the article needs no translation"));

  public static final TransitionGuard NO_TRANSLATION_REQUIRED =
      simple("NoTranslationRequired", c -> !c.hasAny(AssignmentRole.TRANSLATOR), c -> violation(
          "NoTranslationRequired", "guard.noTranslationRequired", Map.of(),
          "translators are assigned: the article goes to translation before approval"));

  /** Four eyes: whoever wrote the piece does not pass its review. */
  public static final TransitionGuard NOT_REVIEWED_BY_AUTHOR =
      simple("NotReviewedByAuthor", c -> !c.actor().username().equals(c.author()), c -> violation(
          "NotReviewedByAuthor", "guard.notReviewedByAuthor", Map.of("author", c.author()),
          "the author (" + c.author() + ") cannot pass their own article's review"));

  static GuardViolation violation(String guard, String code, Map<String, Object> args, String message) {
    return new GuardViolation(guard, code, args, message);
  }

  static TransitionGuard simple(
      String name, Predicate<WorkflowContext> holds, Function<WorkflowContext, GuardViolation> why) {
    return new TransitionGuard() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public List<GuardViolation> check(WorkflowContext context) {
        return holds.test(context) ? List.of() : List.of(why.apply(context));
      }

      @Override
      public String toString() {
        return name;
      }
    };
  }
}
