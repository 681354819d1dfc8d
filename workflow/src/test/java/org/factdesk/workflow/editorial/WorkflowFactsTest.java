package org.factdesk.workflow.editorial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The article view asks every move the actor may make for its blockers; guard facts (open claims,
 * translation progress) cost queries, so they must be asked for only by the guards that use them.
 */
class WorkflowFactsTest {
  private final List<Class<?>> asked = new ArrayList<>();

  private WorkflowContext context(ArticleState state, Staff actor) {
    WorkflowContext base = ContextBuilder.staffed(state).actingAs(actor).build();
    return new WorkflowContext(base.state(), base.author(), base.revisionAuthor(), base.actor(), base.staffing(), base.blockCount(),
        type -> {
          asked.add(type);
          return type == OpenClaims.class
              ? new OpenClaims(List.of(new OpenClaims.BlockingClaim(7, "1.2 million", "FLAGGED")))
              : new TranslationProgress(List.of());
        });
  }

  private List<GuardViolation> blockersOfEveryPermittedMove(WorkflowContext c) {
    List<GuardViolation> all = new ArrayList<>();
    EditorialWorkflow.permitted(c).forEach(t -> all.addAll(t.violations(c)));
    return all;
  }

  @Test
  void movesWithoutFactGuardsAskForNoFacts() {
    for (ArticleState state : List.of(ArticleState.DRAFT, ArticleState.IN_REVIEW, ArticleState.APPROVED,
        ArticleState.WITHDRAWN, ArticleState.ARCHIVED)) {
      blockersOfEveryPermittedMove(context(state, Staff.EDITOR));
    }
    assertEquals(List.of(), asked);
  }

  @Test
  void factCheckAsksForOpenClaimsAndReportsThem() {
    List<GuardViolation> blockers = blockersOfEveryPermittedMove(context(ArticleState.FACT_CHECK, Staff.EDITOR));
    assertTrue(asked.contains(OpenClaims.class), "asked " + asked);
    assertTrue(blockers.stream().anyMatch(v -> v.code().equals("guard.claimOpen")), "blockers " + blockers);
  }

  @Test
  void translationAsksForClaimsAndTranslationProgress() {
    blockersOfEveryPermittedMove(context(ArticleState.TRANSLATION, Staff.EDITOR));
    assertTrue(asked.containsAll(List.of(OpenClaims.class, TranslationProgress.class)), "asked " + asked);
  }
}
