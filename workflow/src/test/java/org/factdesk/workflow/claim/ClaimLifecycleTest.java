package org.factdesk.workflow.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The claim's own rules: which step its status allows, and when it keeps an article in fact-check. */
class ClaimLifecycleTest {
  private static final OffsetDateTime NOW = OffsetDateTime.of(2026, 12, 3, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final List<String> TEXT = List.of("The budget is 4.3 billion manat for 2026, the minister said.");

  private static Claim flagged() {
    return new Claim(1, 1, Anchoring.flag(TEXT, "4.3 billion manat for 2026", null, null), "a figure", "fay", NOW);
  }

  private static Claim resolved(Verdict verdict) {
    Claim c = flagged();
    c.resolve(verdict, "the budget law says so", "fay", NOW);
    return c;
  }

  @Test
  void aNewClaimIsFlaggedAndBlocksUntilChecked() {
    Claim c = flagged();
    assertEquals(ClaimStatus.FLAGGED, c.status());
    assertEquals("FLAGGED", c.blockingReason(false));
  }

  @Test
  void assigningPutsItInProgress() {
    Claim c = flagged();
    c.assignTo("fay", NOW);
    assertEquals(ClaimStatus.IN_PROGRESS, c.status());
    assertEquals("fay", c.assignee());
    assertEquals("IN_PROGRESS", c.blockingReason(true));
  }

  @Test
  void aResolvedClaimCannotBeResolvedOrAssignedAgainUntilReopened() {
    Claim c = resolved(Verdict.TRUE);
    ClaimStateException again = assertThrows(ClaimStateException.class,
        () -> c.resolve(Verdict.FALSE, "changed my mind", "fay", NOW));
    assertEquals("claimResolved", again.code());
    assertEquals(Verdict.TRUE, c.verdict(), "a refused step changes nothing");
    assertEquals("claimResolved", assertThrows(ClaimStateException.class, () -> c.assignTo("erin", NOW)).code());
    c.reopen(NOW);
    c.resolve(Verdict.FALSE, "changed my mind", "fay", NOW);
    assertEquals(Verdict.FALSE, c.verdict());
  }

  @Test
  void onlyAResolvedClaimReopens() {
    Claim c = flagged();
    assertEquals("claimNotResolved", assertThrows(ClaimStateException.class, () -> c.reopen(NOW)).code());
  }

  @Test
  void reopeningGoesBackToWhoeverHadIt() {
    Claim unassigned = resolved(Verdict.TRUE);
    unassigned.reopen(NOW);
    assertEquals(ClaimStatus.FLAGGED, unassigned.status());
    assertNull(unassigned.resolvedBy());
    Claim assigned = flagged();
    assigned.assignTo("fay", NOW);
    assigned.resolve(Verdict.TRUE, "checked", "fay", NOW);
    assigned.reopen(NOW);
    assertEquals(ClaimStatus.IN_PROGRESS, assigned.status());
    assertEquals(Verdict.TRUE, assigned.verdict(), "the last verdict stays until a new one replaces it");
  }

  @ParameterizedTest
  @EnumSource(value = Verdict.class, names = "NOT_A_CLAIM", mode = EnumSource.Mode.EXCLUDE)
  void aResolvedClaimStillBlocksWithoutACitedSource(Verdict verdict) {
    assertEquals("NO_CITATION", resolved(verdict).blockingReason(false));
    assertNull(resolved(verdict).blockingReason(true));
  }

  @Test
  void notAClaimNeedsNoSource() {
    assertNull(resolved(Verdict.NOT_A_CLAIM).blockingReason(false));
  }

  @Test
  void anAnchorThatNeedsAPersonBlocksEvenWhenTheClaimIsDone() {
    Claim c = resolved(Verdict.TRUE);
    Anchor moved = Anchoring.reanchor(c.anchor(), List.of("A new first line.", TEXT.get(0)));
    c.anchorTo(2, new Anchor(AnchorState.NEEDS_REVIEW, moved.quote(), moved.position(), 1000), NOW);
    assertEquals(ClaimStatus.RESOLVED, c.status(), "the same quote elsewhere is no new text");
    assertEquals("NEEDS_REVIEW", c.blockingReason(true));
    c.anchorTo(3, Anchoring.reanchor(c.anchor(), List.of("Nothing about money here.")), NOW);
    assertEquals("ORPHANED", c.blockingReason(true));
  }

  @Test
  void aChangedCheckedQuoteNeedsARecheckThatARevertDoesNotUndo() {
    Claim c = resolved(Verdict.TRUE);
    Anchor edited = Anchoring.reanchor(c.anchor(), List.of(TEXT.get(0).replace("4.3", "4.7")));
    c.anchorTo(2, edited, NOW);
    assertEquals(ClaimStatus.NEEDS_RECHECK, c.status());
    assertEquals("NEEDS_RECHECK", c.blockingReason(true), "before the anchor's own reason");
    assertEquals("4.3 billion manat for 2026", c.checked().quote(), "what was checked stays as it was");
    assertEquals(1, c.checked().revision());
    c.anchorTo(3, Anchoring.reanchor(c.anchor(), TEXT), NOW);
    assertEquals(ClaimStatus.NEEDS_RECHECK, c.status(), "restoring the old wording is no re-check");
  }

  @Test
  void aRecheckEndsWithANewVerdictOrAConfirmationForTheNewText() {
    Claim renewed = resolved(Verdict.TRUE);
    renewed.anchorTo(2, Anchoring.reanchor(renewed.anchor(), List.of(TEXT.get(0).replace("4.3", "4.7"))), NOW);
    renewed.resolve(Verdict.FALSE, "The law says 4.3.", "fay", NOW);
    assertEquals(ClaimStatus.RESOLVED, renewed.status());
    assertEquals(Verdict.FALSE, renewed.checked().verdict());
    assertEquals(renewed.exact(), renewed.checked().quote());
    assertEquals(2, renewed.checked().revision());

    Claim confirmed = resolved(Verdict.TRUE);
    confirmed.anchorTo(2, Anchoring.reanchor(confirmed.anchor(), List.of(TEXT.get(0).replace("for 2026", "in 2026"))),
        NOW);
    assertEquals(ClaimStatus.NEEDS_RECHECK, confirmed.status());
    confirmed.assignTo("gus", NOW);
    assertEquals(ClaimStatus.NEEDS_RECHECK, confirmed.status(), "giving it to someone does not settle it");
    confirmed.confirmRecheck("gus", NOW);
    assertEquals(ClaimStatus.RESOLVED, confirmed.status());
    assertEquals(Verdict.TRUE, confirmed.checked().verdict());
    assertEquals("gus", confirmed.checked().by());
    assertEquals("claimNoRecheck", assertThrows(ClaimStateException.class, () -> confirmed.confirmRecheck("gus", NOW))
        .code());
  }

  @Test
  void aQuoteThatLeftTheArticleIsMovedOrRemovedBeforeAVerdict() {
    Claim c = resolved(Verdict.TRUE);
    c.anchorTo(2, Anchoring.reanchor(c.anchor(), List.of(TEXT.get(0).replace("4.3", "4.7"))), NOW);
    c.anchorTo(3, new Anchor(AnchorState.ORPHANED, c.anchor().quote(), null, 0), NOW);
    assertEquals("claimTextGone", assertThrows(ClaimStateException.class, () -> c.confirmRecheck("fay", NOW)).code());
    assertEquals("claimTextGone",
        assertThrows(ClaimStateException.class, () -> c.resolve(Verdict.FALSE, "x", "fay", NOW)).code());
    c.reopen(NOW);
    assertEquals(ClaimStatus.FLAGGED, c.status(), "reopening is the way out as well");
  }

  @Test
  void aRemovedQuoteNoLongerBlocks() {
    Claim c = flagged();
    c.anchorTo(2, new Anchor(AnchorState.REMOVED, c.anchor().quote(), null, 0), NOW);
    assertNull(c.blockingReason(false));
  }

  @Test
  void theAuditSnapshotSaysWhereAndWhatItIs() {
    Claim c = resolved(Verdict.MISLEADING);
    assertEquals(ClaimStatus.RESOLVED, c.snapshot().get("status"));
    assertEquals(Verdict.MISLEADING, c.snapshot().get("verdict"));
    assertEquals(0, c.snapshot().get("block"));
    assertEquals(TEXT.get(0).indexOf("4.3"), c.snapshot().get("start"));
  }
  /** The claims a desk meets: each status, and a re-check whose quote left the text. */
  private static List<Claim> everyKind() {
    Claim inProgress = flagged();
    inProgress.assignTo("fay", NOW);
    Claim recheck = resolved(Verdict.TRUE);
    recheck.anchorTo(2, Anchoring.reanchor(recheck.anchor(), List.of(TEXT.get(0).replace("4.3", "4.7"))), NOW);
    Claim gone = resolved(Verdict.TRUE);
    gone.anchorTo(2, Anchoring.reanchor(gone.anchor(), List.of(TEXT.get(0).replace("4.3", "4.7"))), NOW);
    gone.anchorTo(3, Anchoring.reanchor(gone.anchor(), List.of("Nothing about money here.")), NOW);
    return List.of(flagged(), inProgress, resolved(Verdict.FALSE), recheck, gone);
  }

  /** What a claim says is possible is exactly what its steps then accept (issue 15: only possible actions). */
  @Test
  void possibleActionsAreExactlyTheStepsTheClaimAccepts() {
    java.util.Map<String, java.util.function.Consumer<Claim>> steps = java.util.Map.of(
        "assign", c -> c.assignTo("gus", NOW),
        "resolve", c -> c.resolve(Verdict.MOSTLY_TRUE, "checked again", "gus", NOW),
        "confirm", c -> c.confirmRecheck("gus", NOW),
        "reopen", c -> c.reopen(NOW));
    int kinds = 0;
    for (int k = 0; k < everyKind().size(); k++) {
      final int kind = k;
      List<String> possible = everyKind().get(kind).possibleActions();
      for (var step : steps.entrySet()) {
        Claim fresh = everyKind().get(kind);
        boolean accepted;
        try {
          step.getValue().accept(fresh);
          accepted = true;
        } catch (ClaimStateException refused) {
          accepted = false;
        }
        assertEquals(accepted, possible.contains(step.getKey()), step.getKey() + " on " + fresh.status() + " "
            + fresh.anchorState() + ": possible " + possible);
      }
      kinds++;
    }
    assertEquals(5, kinds);
    assertEquals(List.of("assign", "reopen"), everyKind().get(4).possibleActions(), "a re-check without text: no verdict");
  }
}
