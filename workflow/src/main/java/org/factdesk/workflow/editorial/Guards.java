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

  /** Every claim on the current revision resolved, anchored and cited (facts: {@link OpenClaims}). */
  public static final TransitionGuard CLAIMS_SETTLED = new TransitionGuard() {
    @Override
    public String name() {
      return "AllClaimsResolved";
    }

    @Override
    public List<GuardViolation> check(WorkflowContext c) {
      OpenClaims open = c.fact(OpenClaims.class);
      if (open == null) {
        return List.of();
      }
      return open.blocking().stream()
          .map(b -> violation(name(), "guard.claimOpen",
              Map.of("claim", b.claimId(), "quote", b.quote(), "reason", b.reason()),
              "claim " + b.claimId() + " (\"" + b.quote() + "\") is " + b.reason()))
          .toList();
    }

    @Override
    public String toString() {
      return name();
    }
  };

  /** Every required translation approved and based on the current revision (facts: {@link TranslationProgress}). */
  public static final TransitionGuard TRANSLATIONS_READY = new TransitionGuard() {
    @Override
    public String name() {
      return "TranslationsCurrent";
    }

    @Override
    public List<GuardViolation> check(WorkflowContext c) {
      TranslationProgress progress = c.fact(TranslationProgress.class);
      if (progress == null) {
        return List.of();
      }
      return progress.blocking().stream()
          .map(b -> violation(name(), "guard.translationNotReady",
              Map.of("language", b.language(), "state", b.state()),
              "the " + b.language() + " translation is " + b.state()))
          .toList();
    }

    @Override
    public String toString() {
      return name();
    }
  };

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
