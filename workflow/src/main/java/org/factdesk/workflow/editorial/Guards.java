package org.factdesk.workflow.editorial;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The guards of the editorial workflow, each defined once under the name clients see. Each is
 * small, named, and says why it blocks; a guard that rests on a fact nobody supplied blocks.
 */
public final class Guards {
  private Guards() {}

  public static final TransitionGuard HAS_TEXT = rule("HasText", c -> c.blockCount() > 0,
      c -> reason("guard.hasText", Map.of(), "the article has no text"));

  /** A reviewer other than the author, so that review cannot deadlock on four eyes. */
  public static final TransitionGuard REVIEWER_ASSIGNED = rule("ReviewerAssigned",
      c -> c.staffing().stream().anyMatch(s -> s.role() == AssignmentRole.REVIEWER && !s.username().equals(c.author())),
      c -> reason("guard.reviewerAssigned", Map.of(), "no reviewer assigned"));

  public static final TransitionGuard FACT_CHECKER_ASSIGNED = rule("FactCheckerAssigned",
      c -> c.hasAny(AssignmentRole.FACT_CHECKER),
      c -> reason("guard.factCheckerAssigned", Map.of(), "no fact-checker assigned"));

  public static final TransitionGuard TRANSLATOR_ASSIGNED = rule("TranslatorAssigned",
      c -> c.hasAny(AssignmentRole.TRANSLATOR),
      c -> reason("guard.translatorAssigned", Map.of(),
          "no translator assigned: approve directly if the article needs no translation"));

  public static final TransitionGuard NO_TRANSLATION_REQUIRED = rule("NoTranslationRequired",
      c -> !c.hasAny(AssignmentRole.TRANSLATOR),
      c -> reason("guard.noTranslationRequired", Map.of(),
          "translators are assigned: the article goes to translation before approval"));

  /** Four eyes: whoever wrote the piece does not pass its review. */
  public static final TransitionGuard NOT_REVIEWED_BY_AUTHOR = rule("NotReviewedByAuthor",
      c -> !c.actor().username().equals(c.author()),
      c -> reason("guard.notReviewedByAuthor", Map.of("author", c.author()),
          "the author (" + c.author() + ") cannot pass their own article's review"));

  /** Four eyes on publication: whoever wrote the article or its current text does not approve it. */
  public static final TransitionGuard NOT_APPROVED_BY_AUTHOR = rule("NotApprovedByAuthor",
      c -> !c.actorWroteIt(),
      c -> reason("guard.notApprovedByAuthor", Map.of("user", c.actor().username()),
          c.actor().username() + " wrote this article or its current text; another editor approves it"));

  /** Every claim on the current revision resolved, anchored and cited (fact: {@link OpenClaims}). */
  public static final TransitionGuard ALL_CLAIMS_RESOLVED = fromFact("AllClaimsResolved", OpenClaims.class,
      open -> open.blocking().stream().map(Guards::claimReason).toList());

  /** Every required translation approved and based on the current revision (fact: {@link TranslationProgress}). */
  public static final TransitionGuard TRANSLATIONS_CURRENT = fromFact("TranslationsCurrent",
      TranslationProgress.class,
      progress -> progress.blocking().stream()
          .map(b -> reason("guard.translationNotReady", Map.of("language", b.language(), "state", b.state()),
              "the " + b.language() + " translation is " + b.state()))
          .toList());

  private static Reason claimReason(OpenClaims.BlockingClaim b) {
    if (b.reason().equals("NEEDS_RECHECK")) {
      String was = b.checkedQuote() == null ? "" : b.checkedQuote();
      return reason("guard.claimNeedsRecheck", Map.of("claim", b.claimId(), "quote", b.quote(), "checked", was),
          "claim " + b.claimId() + " was checked as \"" + was + "\" and now reads \"" + b.quote()
              + "\": a fact-checker must re-check it");
    }
    return reason("guard.claimOpen", Map.of("claim", b.claimId(), "quote", b.quote(), "reason", b.reason()),
        "claim " + b.claimId() + " (\"" + b.quote() + "\") is " + b.reason());
  }

  /** Why a guard blocks, before it is named. */
  private record Reason(String code, Map<String, Object> args, String message) {}

  private static Reason reason(String code, Map<String, Object> args, String message) {
    return new Reason(code, args, message);
  }

  private static GuardViolation violation(String guard, Reason r) {
    return new GuardViolation(guard, r.code(), r.args(), r.message());
  }

  private static TransitionGuard rule(String name, Predicate<WorkflowContext> holds, Function<WorkflowContext, Reason> why) {
    return new Named(name) {
      @Override
      public List<GuardViolation> check(WorkflowContext context) {
        return holds.test(context) ? List.of() : List.of(violation(name, why.apply(context)));
      }
    };
  }

  /** A guard over a gathered fact; with no fact it cannot tell, and so it blocks. */
  private static <T> TransitionGuard fromFact(String name, Class<T> type, Function<T, List<Reason>> reasons) {
    return new Named(name) {
      @Override
      public List<GuardViolation> check(WorkflowContext context) {
        return context.fact(type)
            .map(f -> reasons.apply(f).stream().map(r -> violation(name, r)).toList())
            .orElseGet(() -> List.of(violation(name, reason("guard.factUnknown", Map.of("guard", name),
                "cannot tell whether " + name + " holds: nothing supplies " + type.getSimpleName()))));
      }

      @Override
      public Optional<Class<?>> fact() {
        return Optional.of(type);
      }
    };
  }

  private abstract static class Named implements TransitionGuard {
    private final String name;

    Named(String name) {
      this.name = name;
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String toString() {
      return name;
    }
  }
}
