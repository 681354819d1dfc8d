package org.factdesk.workflow.editorial;

import static org.factdesk.workflow.editorial.ArticleState.APPROVED;
import static org.factdesk.workflow.editorial.ArticleState.ARCHIVED;
import static org.factdesk.workflow.editorial.ArticleState.CORRECTION;
import static org.factdesk.workflow.editorial.ArticleState.DRAFT;
import static org.factdesk.workflow.editorial.ArticleState.FACT_CHECK;
import static org.factdesk.workflow.editorial.ArticleState.IN_REVIEW;
import static org.factdesk.workflow.editorial.ArticleState.TRANSLATION;
import static org.factdesk.workflow.editorial.ArticleState.WITHDRAWN;
import static org.factdesk.workflow.editorial.ContextBuilder.article;
import static org.factdesk.workflow.editorial.ContextBuilder.staffed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class EditorialWorkflowTest {

  /** The intended table, written out independently of the code: from, to, action, who may. */
  static Stream<Arguments> rows() {
    return Stream.of(
        Arguments.of(DRAFT, IN_REVIEW, "submitForReview", "EDITOR AUTHOR"),
        Arguments.of(IN_REVIEW, FACT_CHECK, "passReview", "REVIEWER"),
        Arguments.of(IN_REVIEW, DRAFT, "requestChanges", "REVIEWER EDITOR AUTHOR"),
        Arguments.of(FACT_CHECK, TRANSLATION, "passFactCheck", "FACT_CHECKER EDITOR AUTHOR"),
        Arguments.of(FACT_CHECK, APPROVED, "approve", "EDITOR AUTHOR"),
        Arguments.of(FACT_CHECK, DRAFT, "requestChanges", "FACT_CHECKER EDITOR AUTHOR"),
        Arguments.of(TRANSLATION, APPROVED, "approve", "EDITOR AUTHOR"),
        Arguments.of(TRANSLATION, DRAFT, "requestChanges", "EDITOR AUTHOR"),
        Arguments.of(APPROVED, CORRECTION, "correct", "EDITOR AUTHOR"),
        Arguments.of(CORRECTION, APPROVED, "approve", "EDITOR AUTHOR"),
        Arguments.of(CORRECTION, WITHDRAWN, "withdraw", "EDITOR AUTHOR"),
        Arguments.of(APPROVED, DRAFT, "reopen", "EDITOR AUTHOR"),
        Arguments.of(APPROVED, ARCHIVED, "archive", "EDITOR AUTHOR"),
        Arguments.of(APPROVED, WITHDRAWN, "withdraw", "EDITOR AUTHOR"),
        Arguments.of(DRAFT, WITHDRAWN, "withdraw", "EDITOR AUTHOR"),
        Arguments.of(IN_REVIEW, WITHDRAWN, "withdraw", "EDITOR AUTHOR"),
        Arguments.of(FACT_CHECK, WITHDRAWN, "withdraw", "EDITOR AUTHOR"),
        Arguments.of(TRANSLATION, WITHDRAWN, "withdraw", "EDITOR AUTHOR"),
        Arguments.of(WITHDRAWN, DRAFT, "restore", "EDITOR AUTHOR"),
        Arguments.of(WITHDRAWN, ARCHIVED, "archive", "EDITOR AUTHOR"));
  }

  private static Transition move(ArticleState from, ArticleState to) {
    return EditorialWorkflow.find(from, to).orElseThrow(() -> new AssertionError("no move " + from + " -> " + to));
  }

  private static List<String> guardNames(List<GuardViolation> violations) {
    return violations.stream().map(GuardViolation::guard).toList();
  }

  @Test
  void leavingAPublishedVersionNeedsWordsThatStayOnRecord() {
    assertEquals(Set.of(Requirement.COMMENT), move(APPROVED, CORRECTION).needs(), "why the correction starts");
    assertEquals(Set.of(Requirement.NOTE), move(CORRECTION, APPROVED).needs(), "the public correction note");
    assertEquals(Set.of(Requirement.NOTE), move(APPROVED, WITHDRAWN).needs());
    assertEquals(Set.of(Requirement.NOTE), move(CORRECTION, WITHDRAWN).needs());
    assertEquals(Set.of(), move(DRAFT, WITHDRAWN).needs(), "nothing was published yet");
    assertEquals(move(TRANSLATION, APPROVED).guards(), move(CORRECTION, APPROVED).guards(),
        "a re-approval passes the same guards and four eyes as an approval");
  }

  @Nested
  class WhoMayMove {

    @Test
    void tableHasExactlyTheIntendedRows() {
      Set<String> expected =
          rows().map(a -> a.get()[0] + " -> " + a.get()[1] + " : " + a.get()[2]).collect(Collectors.toSet());
      Set<String> actual =
          EditorialWorkflow.table().stream()
              .map(t -> t.from() + " -> " + t.to() + " : " + t.action())
              .collect(Collectors.toSet());
      assertEquals(expected, actual);
      assertEquals(expected.size(), EditorialWorkflow.table().size(), "no duplicate rows");
    }

    @ParameterizedTest(name = "{0} -> {1} ({2}) by {3}")
    @MethodSource("org.factdesk.workflow.editorial.EditorialWorkflowTest#rows")
    void onlyTheNamedPartiesMayMakeTheMove(ArticleState from, ArticleState to, String action, String allowed) {
      Set<Staff> may = Staff.parse(allowed);
      Transition move = move(from, to);
      assertEquals(action, move.action());
      for (Staff who : Staff.values()) {
        WorkflowContext context = staffed(from).actingAs(who).build();
        assertEquals(may.contains(who), move.mayBeMadeBy(context), who + " on " + from + " -> " + to);
      }
    }

    @Test
    void assignmentsCountOnlyForTheirOwnRole() {
      // rob is assigned as fact-checker here, not as reviewer
      WorkflowContext context =
          article(IN_REVIEW).withText(1).withFactChecker(Staff.REVIEWER.username()).actingAs(Staff.REVIEWER).build();
      assertFalse(move(IN_REVIEW, FACT_CHECK).mayBeMadeBy(context));
    }

    @Test
    void anEditorAssignedAsReviewerMayPassReview() {
      WorkflowContext context = staffed(IN_REVIEW).withReviewer(Staff.EDITOR.username()).actingAs(Staff.EDITOR).build();
      assertTrue(move(IN_REVIEW, FACT_CHECK).mayBeMadeBy(context));
      assertEquals(List.of(), move(IN_REVIEW, FACT_CHECK).violations(context));
    }

    @Test
    void anUnassignedEditorMayNotPassReview() {
      assertFalse(move(IN_REVIEW, FACT_CHECK).mayBeMadeBy(staffed(IN_REVIEW).actingAs(Staff.EDITOR).build()));
    }
  }

  @Nested
  class GuardsOnSubmit {

    @Test
    void rejectsSubmissionWithoutText() {
      WorkflowContext context = staffed(DRAFT).withText(0).actingAs(Staff.EDITOR).build();
      List<GuardViolation> violations = move(DRAFT, IN_REVIEW).violations(context);
      assertEquals(List.of("HasText"), guardNames(violations));
      assertEquals("guard.hasText", violations.get(0).code());
    }

    @Test
    void rejectsSubmissionWithoutReviewer() {
      WorkflowContext context = staffed(DRAFT).without(AssignmentRole.REVIEWER).actingAs(Staff.EDITOR).build();
      List<GuardViolation> violations = move(DRAFT, IN_REVIEW).violations(context);
      assertEquals(List.of("ReviewerAssigned"), guardNames(violations));
      assertEquals("guard.reviewerAssigned", violations.get(0).code());
    }

    @Test
    void anAuthorAssignedAsTheirOwnReviewerDoesNotCount() {
      WorkflowContext context = article(DRAFT).withText(1).withReviewer(Staff.AUTHOR.username())
          .actingAs(Staff.EDITOR).build();
      assertEquals(List.of("ReviewerAssigned"), guardNames(move(DRAFT, IN_REVIEW).violations(context)));
    }

    @Test
    void listsEveryReasonASubmissionIsBlocked() {
      WorkflowContext bare = article(DRAFT).actingAs(Staff.EDITOR).build();
      assertEquals(List.of("HasText", "ReviewerAssigned"), guardNames(move(DRAFT, IN_REVIEW).violations(bare)));
    }

    @Test
    void submitsWithTextAndAReviewerAlone() {
      WorkflowContext context =
          article(DRAFT).withText(1).withReviewer(Staff.REVIEWER.username()).actingAs(Staff.EDITOR).build();
      assertEquals(List.of(), move(DRAFT, IN_REVIEW).violations(context));
    }
  }

  @Nested
  class GuardsOnReview {

    @Test
    void rejectsReviewPassWithoutFactChecker() {
      WorkflowContext context =
          staffed(IN_REVIEW).without(AssignmentRole.FACT_CHECKER).actingAs(Staff.REVIEWER).build();
      List<GuardViolation> violations = move(IN_REVIEW, FACT_CHECK).violations(context);
      assertEquals(List.of("FactCheckerAssigned"), guardNames(violations));
      assertEquals("guard.factCheckerAssigned", violations.get(0).code());
    }

    @Test
    void authorCannotPassTheirOwnReviewEvenIfAssigned() {
      String author = Staff.REVIEWER.username();
      WorkflowContext context = staffed(IN_REVIEW).writtenBy(author).actingAs(Staff.REVIEWER).build();
      Transition pass = move(IN_REVIEW, FACT_CHECK);

      assertTrue(pass.mayBeMadeBy(context), "the assignment lets the author try");
      List<GuardViolation> violations = pass.violations(context);
      assertEquals(List.of("NotReviewedByAuthor"), guardNames(violations));
      GuardViolation v = violations.get(0);
      assertEquals("guard.notReviewedByAuthor", v.code());
      assertEquals(Map.of("author", author), v.args());
      assertTrue(v.message().contains(author), v.message());
    }

    @Test
    void authorMayStillSendTheirArticleBackForChanges() {
      WorkflowContext context =
          staffed(IN_REVIEW).writtenBy(Staff.REVIEWER.username()).actingAs(Staff.REVIEWER).build();
      assertEquals(List.of(), move(IN_REVIEW, DRAFT).violations(context));
    }

    @Test
    void passesReviewByAReviewerWhoIsNotTheAuthor() {
      WorkflowContext context = staffed(IN_REVIEW).actingAs(Staff.REVIEWER).build();
      assertEquals(List.of(), move(IN_REVIEW, FACT_CHECK).violations(context));
    }

    @Test
    void listsBothReviewGuardsWhenBothFail() {
      WorkflowContext context =
          article(IN_REVIEW)
              .withText(2)
              .writtenBy(Staff.REVIEWER.username())
              .withReviewer(Staff.REVIEWER.username())
              .actingAs(Staff.REVIEWER)
              .build();
      assertEquals(
          List.of("NotReviewedByAuthor", "FactCheckerAssigned"), guardNames(move(IN_REVIEW, FACT_CHECK).violations(context)));
    }
  }

  @Nested
  class GuardsFedByOtherFeatures {
    @Test
    void listsEveryUnsettledClaimBeforeTranslation() {
      WorkflowContext context = staffed(FACT_CHECK).actingAs(Staff.EDITOR).withFact(new OpenClaims(List.of(
          new OpenClaims.BlockingClaim(7, "the largest port", "FLAGGED"),
          new OpenClaims.BlockingClaim(9, "in 1998", "NO_CITATION")))).build();
      List<GuardViolation> violations = move(FACT_CHECK, TRANSLATION).violations(context);
      assertEquals(List.of("AllClaimsResolved", "AllClaimsResolved"), guardNames(violations));
      assertEquals(9L, ((Number) violations.get(1).args().get("claim")).longValue());
      assertEquals("NO_CITATION", violations.get(1).args().get("reason"));
      assertEquals(2, move(FACT_CHECK, APPROVED).violations(
          article(FACT_CHECK).withText(1).actingAs(Staff.EDITOR).withFact(new OpenClaims(List.of(
              new OpenClaims.BlockingClaim(1, "a", "ORPHANED"), new OpenClaims.BlockingClaim(2, "b", "IN_PROGRESS"))))
              .build()).size());
    }

    @Test
    void settledClaimsBlockNothing() {
      WorkflowContext noClaims = staffed(FACT_CHECK).actingAs(Staff.EDITOR).withFact(new OpenClaims(List.of())).build();
      assertEquals(List.of(), move(FACT_CHECK, TRANSLATION).violations(noClaims));
    }

    @Test
    void aGuardWhoseFactNobodySuppliedBlocks() {
      WorkflowContext unknown = staffed(TRANSLATION).actingAs(Staff.EDITOR).withoutFacts().build();
      List<GuardViolation> violations = move(TRANSLATION, APPROVED).violations(unknown);
      assertEquals(List.of("AllClaimsResolved", "TranslationsCurrent"), guardNames(violations));
      assertTrue(violations.stream().allMatch(v -> v.code().equals("guard.factUnknown")), violations.toString());
      assertEquals(List.of("AllClaimsResolved"),
          guardNames(move(FACT_CHECK, APPROVED).violations(staffed(FACT_CHECK).without(AssignmentRole.TRANSLATOR)
              .actingAs(Staff.EDITOR).withoutFacts().build())));
    }

    @Test
    void everyFactTheTableNeedsIsNamed() {
      assertEquals(java.util.Set.of(OpenClaims.class, TranslationProgress.class), EditorialWorkflow.requiredFacts());
    }

    @Test
    void listsEveryLanguageNotReadyBeforeApproval() {
      WorkflowContext context = staffed(TRANSLATION).actingAs(Staff.EDITOR).withFact(new TranslationProgress(List.of(
          new TranslationProgress.BlockingLanguage("he", "STALE"),
          new TranslationProgress.BlockingLanguage("ar", "SUBMITTED")))).build();
      List<GuardViolation> violations = move(TRANSLATION, APPROVED).violations(context);
      assertEquals(List.of("TranslationsCurrent", "TranslationsCurrent"), guardNames(violations));
      assertEquals("he", violations.get(0).args().get("language"));
      assertEquals("guard.translationNotReady", violations.get(1).code());
    }
  }

  @Nested
  class GuardsOnFactCheckAndApproval {

    @Test
    void rejectsPassingFactCheckWithoutTranslator() {
      WorkflowContext context =
          staffed(FACT_CHECK).without(AssignmentRole.TRANSLATOR).actingAs(Staff.FACT_CHECKER).build();
      List<GuardViolation> violations = move(FACT_CHECK, TRANSLATION).violations(context);
      assertEquals(List.of("TranslatorAssigned"), guardNames(violations));
      assertEquals("guard.translatorAssigned", violations.get(0).code());
    }

    @Test
    void passesFactCheckToTranslationWhenATranslatorIsAssigned() {
      assertEquals(List.of(), move(FACT_CHECK, TRANSLATION).violations(staffed(FACT_CHECK).actingAs(Staff.FACT_CHECKER).build()));
    }

    @Test
    void rejectsApprovalWhileTranslatorsAssigned() {
      List<GuardViolation> violations =
          move(FACT_CHECK, APPROVED).violations(staffed(FACT_CHECK).actingAs(Staff.EDITOR).build());
      assertEquals(List.of("NoTranslationRequired"), guardNames(violations));
      assertEquals("guard.noTranslationRequired", violations.get(0).code());
    }

    @Test
    void approvesFromFactCheckWhenNoTranslatorIsAssigned() {
      WorkflowContext context = staffed(FACT_CHECK).without(AssignmentRole.TRANSLATOR).actingAs(Staff.EDITOR).build();
      assertEquals(List.of(), move(FACT_CHECK, APPROVED).violations(context));
    }

    @ParameterizedTest(name = "translator assigned: {0}")
    @ValueSource(booleans = {true, false})
    void exactlyOneWayOutOfFactCheckIsOpenForwards(boolean translatorAssigned) {
      ContextBuilder builder = staffed(FACT_CHECK).actingAs(Staff.EDITOR);
      if (!translatorAssigned) {
        builder.without(AssignmentRole.TRANSLATOR);
      }
      WorkflowContext context = builder.build();
      boolean toTranslation = move(FACT_CHECK, TRANSLATION).violations(context).isEmpty();
      boolean toApproval = move(FACT_CHECK, APPROVED).violations(context).isEmpty();
      assertEquals(translatorAssigned, toTranslation);
      assertEquals(!translatorAssigned, toApproval);
    }

    @ParameterizedTest(name = "from {0}")
    @ValueSource(strings = {"FACT_CHECK", "TRANSLATION"})
    void theAuthorNeverApprovesTheirOwnArticle(ArticleState from) {
      ContextBuilder builder = staffed(from).actingAs(Staff.AUTHOR);
      if (from == FACT_CHECK) {
        builder.without(AssignmentRole.TRANSLATOR);
      }
      WorkflowContext context = builder.build();
      List<GuardViolation> violations = move(from, APPROVED).violations(context);
      assertEquals(List.of("NotApprovedByAuthor"), guardNames(violations));
      assertEquals("guard.notApprovedByAuthor", violations.get(0).code());
      assertEquals(Staff.AUTHOR.username(), violations.get(0).args().get("user"));
    }

    @Test
    void whoeverWroteTheCurrentTextDoesNotApproveItEither() {
      WorkflowContext revisedByErin = staffed(TRANSLATION).revisedBy(Staff.EDITOR.username()).actingAs(Staff.EDITOR).build();
      assertEquals(List.of("NotApprovedByAuthor"), guardNames(move(TRANSLATION, APPROVED).violations(revisedByErin)));
      Actor third = new Actor("ida", Set.of(Role.EDITOR), Set.of());
      WorkflowContext byAThirdEditor = staffed(TRANSLATION).revisedBy(Staff.EDITOR.username()).actingAs(third).build();
      assertEquals(List.of(), move(TRANSLATION, APPROVED).violations(byAThirdEditor));
    }

    @Test
    void aClaimThatNeedsARecheckBlocksNamingBothTexts() {
      WorkflowContext context = staffed(FACT_CHECK).actingAs(Staff.FACT_CHECKER).withFact(new OpenClaims(List.of(
          new OpenClaims.BlockingClaim(7, "4.3 billion manat for 2026", "NEEDS_RECHECK", "4.2 billion manat for 2026"))))
          .build();
      List<GuardViolation> violations = move(FACT_CHECK, TRANSLATION).violations(context);
      assertEquals(List.of("AllClaimsResolved"), guardNames(violations));
      GuardViolation v = violations.get(0);
      assertTrue(v.code().contains("Recheck"), v.code());
      assertEquals("4.2 billion manat for 2026", v.args().get("checked"));
      assertEquals("4.3 billion manat for 2026", v.args().get("quote"));
      assertTrue(v.message().contains("4.2") && v.message().contains("4.3"), v.message());
    }

    @Test
    void approvesFromTranslationWithTranslatorsStillAssigned() {
      assertEquals(List.of(), move(TRANSLATION, APPROVED).violations(staffed(TRANSLATION).actingAs(Staff.EDITOR).build()));
    }
  }

  @Nested
  class UnguardedMoves {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
      "IN_REVIEW, DRAFT",
      "FACT_CHECK, DRAFT",
      "TRANSLATION, DRAFT",
      "APPROVED, DRAFT",
      "APPROVED, ARCHIVED",
      "APPROVED, WITHDRAWN",
      "DRAFT, WITHDRAWN",
      "IN_REVIEW, WITHDRAWN",
      "FACT_CHECK, WITHDRAWN",
      "TRANSLATION, WITHDRAWN",
      "WITHDRAWN, DRAFT",
      "WITHDRAWN, ARCHIVED"
    })
    void goAheadEvenOnABareArticle(ArticleState from, ArticleState to) {
      WorkflowContext bare = article(from).actingAs(Staff.AUTHOR).build();
      assertEquals(List.of(), move(from, to).violations(bare));
    }
  }

  @Nested
  class TableShape {

    @Test
    void noMoveLeavesArchived() {
      assertEquals(List.of(), EditorialWorkflow.from(ARCHIVED));
      for (ArticleState to : ArticleState.values()) {
        assertTrue(EditorialWorkflow.find(ARCHIVED, to).isEmpty(), "ARCHIVED -> " + to);
      }
      assertEquals(List.of(), EditorialWorkflow.permitted(staffed(ARCHIVED).actingAs(Staff.EDITOR).build()));
    }

    @ParameterizedTest
    @EnumSource(value = ArticleState.class, names = {"DRAFT", "IN_REVIEW", "FACT_CHECK", "TRANSLATION", "APPROVED"})
    void everyStateInProgressOrApprovedCanBeWithdrawnByAnEditor(ArticleState state) {
      Transition withdraw = move(state, WITHDRAWN);
      WorkflowContext bare = article(state).actingAs(Staff.EDITOR).build();
      assertTrue(withdraw.mayBeMadeBy(bare));
      assertEquals(List.of(), withdraw.violations(bare));
    }

    @ParameterizedTest
    @EnumSource(value = ArticleState.class, names = "ARCHIVED", mode = EnumSource.Mode.EXCLUDE)
    void everyStateButArchivedHasAMoveOut(ArticleState state) {
      assertFalse(EditorialWorkflow.from(state).isEmpty(), state + " is a dead end");
    }

    @Test
    void everyStateIsReachableFromDraft() {
      Set<ArticleState> seen = EnumSet.of(DRAFT);
      Deque<ArticleState> queue = new ArrayDeque<>(List.of(DRAFT));
      while (!queue.isEmpty()) {
        for (Transition t : EditorialWorkflow.from(queue.poll())) {
          if (seen.add(t.to())) {
            queue.add(t.to());
          }
        }
      }
      assertEquals(EnumSet.allOf(ArticleState.class), seen);
    }

    @Test
    void noTwoRowsJoinTheSameStates() {
      Map<String, Long> perPair =
          EditorialWorkflow.table().stream()
              .collect(Collectors.groupingBy(t -> t.from() + "->" + t.to(), Collectors.counting()));
      perPair.forEach((pair, n) -> assertEquals(1L, n, pair + " appears " + n + " times; find() would hide one"));
    }

    @Test
    void everyRowNamesSomeoneWhoMayMakeIt() {
      EditorialWorkflow.table().forEach(t -> assertFalse(t.who().isEmpty(), t.toString()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"DRAFT, APPROVED", "DRAFT, DRAFT", "ARCHIVED, DRAFT", "WITHDRAWN, APPROVED", "TRANSLATION, FACT_CHECK"})
    void findsNothingForAMissingMove(ArticleState from, ArticleState to) {
      assertTrue(EditorialWorkflow.find(from, to).isEmpty());
    }

    @Test
    void theTableCannotBeChangedFromOutside() {
      List<Transition> table = EditorialWorkflow.table();
      org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> table.remove(0));
    }
  }

  @Nested
  class Permitted {

    @ParameterizedTest(name = "{1} in {0} may go to [{2}]")
    @CsvSource({
      "DRAFT, EDITOR, IN_REVIEW WITHDRAWN",
      "DRAFT, REVIEWER, ''",
      "IN_REVIEW, REVIEWER, FACT_CHECK DRAFT",
      "IN_REVIEW, EDITOR, DRAFT WITHDRAWN",
      "IN_REVIEW, FACT_CHECKER, ''",
      "FACT_CHECK, EDITOR, TRANSLATION APPROVED DRAFT WITHDRAWN",
      "FACT_CHECK, FACT_CHECKER, TRANSLATION DRAFT",
      "FACT_CHECK, REVIEWER, ''",
      "TRANSLATION, EDITOR, APPROVED DRAFT WITHDRAWN",
      "TRANSLATION, TRANSLATOR, ''",
      "APPROVED, EDITOR, CORRECTION DRAFT ARCHIVED WITHDRAWN",
      "CORRECTION, EDITOR, APPROVED WITHDRAWN",
      "CORRECTION, FACT_CHECKER, ''",
      "APPROVED, ADMIN, ''",
      "WITHDRAWN, EDITOR, DRAFT ARCHIVED",
      "WITHDRAWN, UNASSIGNED_STAFF, ''",
      "ARCHIVED, EDITOR, ''",
      "ARCHIVED, ADMIN, ''"
    })
    void listsExactlyTheActorsRows(ArticleState state, Staff who, String targets) {
      Set<ArticleState> expected =
          Stream.of(targets.trim().split("\\s+")).filter(s -> !s.isEmpty()).map(ArticleState::valueOf)
              .collect(Collectors.toSet());
      List<Transition> permitted = EditorialWorkflow.permitted(staffed(state).actingAs(who).build());
      assertEquals(expected, permitted.stream().map(Transition::to).collect(Collectors.toSet()));
      permitted.forEach(t -> assertEquals(state, t.from()));
      assertEquals(expected.size(), permitted.size(), "no duplicates");
    }

    @Test
    void listsMovesWhoseGuardsDoNotHoldYet() {
      WorkflowContext bare = article(DRAFT).actingAs(Staff.EDITOR).build();
      assertTrue(EditorialWorkflow.permitted(bare).stream().anyMatch(t -> t.to() == IN_REVIEW));
    }

    @ParameterizedTest
    @EnumSource(value = Staff.class, names = {"ADMIN", "UNASSIGNED_STAFF", "TRANSLATOR"})
    void staffWithoutEditorRoleOrReviewAssignmentMayMakeNoMoveAtAll(Staff who) {
      for (ArticleState state : ArticleState.values()) {
        assertEquals(List.of(), EditorialWorkflow.permitted(staffed(state).actingAs(who).build()), who + " in " + state);
      }
    }
  }

  @Test
  void aFullyStaffedArticleTravelsFromDraftToArchive() {
    record Step(ArticleState from, ArticleState to, Staff by) {}
    List<Step> path =
        List.of(
            new Step(DRAFT, IN_REVIEW, Staff.AUTHOR),
            new Step(IN_REVIEW, FACT_CHECK, Staff.REVIEWER),
            new Step(FACT_CHECK, TRANSLATION, Staff.FACT_CHECKER),
            new Step(TRANSLATION, APPROVED, Staff.EDITOR),
            new Step(APPROVED, ARCHIVED, Staff.EDITOR));
    for (Step step : path) {
      WorkflowContext context = staffed(step.from()).actingAs(step.by()).build();
      assertTrue(EditorialWorkflow.permitted(context).contains(move(step.from(), step.to())), step.toString());
      assertEquals(List.of(), move(step.from(), step.to()).violations(context), step.toString());
    }
  }

  @Nested
  class Exceptions {

    @Test
    void illegalTransitionNamesThePossibleTargets() {
      IllegalTransitionException e = new IllegalTransitionException(DRAFT, APPROVED);
      assertEquals(List.of(IN_REVIEW, WITHDRAWN), e.possible());
      assertEquals("illegalTransition", e.code());
      assertTrue(e.getMessage().contains("DRAFT") && e.getMessage().contains("APPROVED"), e.getMessage());
    }

    @Test
    void illegalTransitionFromArchivedHasNoPossibleTargets() {
      assertEquals(List.of(), new IllegalTransitionException(ARCHIVED, DRAFT).possible());
    }

    @Test
    void illegalTransitionListsATargetReachedByTwoActionsOnce() {
      // FACT_CHECK reaches DRAFT and WITHDRAWN, TRANSLATION and APPROVED: four targets, no repeats
      assertEquals(
          Set.of(TRANSLATION, APPROVED, DRAFT, WITHDRAWN),
          Set.copyOf(new IllegalTransitionException(FACT_CHECK, ARCHIVED).possible()));
      assertEquals(4, new IllegalTransitionException(FACT_CHECK, ARCHIVED).possible().size());
    }

    @Test
    void blockedTransitionCarriesEveryReason() {
      List<GuardViolation> violations =
          move(DRAFT, IN_REVIEW).violations(article(DRAFT).actingAs(Staff.EDITOR).build());
      TransitionBlockedException e = new TransitionBlockedException(DRAFT, IN_REVIEW, violations);
      assertEquals("transitionBlocked", e.code());
      assertEquals(2, e.args().get("count"));
      assertEquals(violations, e.violations());
      assertTrue(e.getMessage().contains("the article has no text"), e.getMessage());
      assertTrue(e.getMessage().contains("no reviewer assigned"), e.getMessage());
    }
  }
}
