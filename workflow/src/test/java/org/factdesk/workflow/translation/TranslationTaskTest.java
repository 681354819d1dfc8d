package org.factdesk.workflow.translation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TranslationTaskTest {
  static final OffsetDateTime NOW = OffsetDateTime.parse("2026-11-27T10:00:00Z");

  static TranslationTask task() {
    TranslationTask t = new TranslationTask(1, "he", 1, NOW);
    t.assignTo("translator", 7L, null, NOW);
    return t;
  }

  @Test
  void goesFromAssignedThroughReviewToApproved() {
    TranslationTask t = task();
    assertEquals(TranslationState.ASSIGNED, t.state());
    assertEquals("ASSIGNED", t.readiness());
    assertThrows(TranslationStateException.class, () -> t.submitted("tom", NOW), "nothing saved yet");
    t.drafted(1, 1, Set.of(), NOW);
    assertEquals(TranslationState.IN_PROGRESS, t.state());
    assertThrows(TranslationStateException.class, () -> t.approved(3, null, NOW), "not submitted");
    t.submitted("tom", NOW);
    assertFalse(t.state().acceptsDraft(false), "a submitted translation waits for review");
    t.approved(3, null, NOW);
    assertEquals(TranslationState.APPROVED, t.state());
    assertEquals(Set.of(0, 1, 2), t.approvedBlocks());
    assertNull(t.readiness());
  }

  @Test
  void changesRequestedGoBackToWorkOnTheNextSave() {
    TranslationTask t = task();
    t.drafted(1, 1, Set.of(), NOW);
    t.submitted("tom", NOW);
    t.changesRequested("Block 2 reads oddly", NOW);
    assertEquals(TranslationState.CHANGES_REQUESTED, t.state());
    assertEquals("Block 2 reads oddly", t.reviewComment());
    assertThrows(TranslationStateException.class, () -> t.submitted("tom", NOW), "save the changes first");
    assertTrue(t.state().acceptsDraft(false));
    t.drafted(2, 1, Set.of(), NOW);
    assertEquals(TranslationState.IN_PROGRESS, t.state());
  }

  @Test
  void aStaleTranslationIsNotReadyUntilSavedAgainstTheNewSource() {
    TranslationTask t = task();
    t.drafted(1, 1, Set.of(), NOW);
    t.submitted("tom", NOW);
    t.approved(3, null, NOW);
    t.markStale(2, List.of(1), NOW);
    assertTrue(t.stale());
    assertEquals("STALE", t.readiness());
    assertEquals(List.of(1), t.changedBlocks());
    assertEquals(1, t.basedOnRevision());
    assertTrue(t.state().acceptsDraft(true));
    t.drafted(2, 2, Set.of(0, 2), NOW);
    assertFalse(t.stale());
    assertEquals(List.of(), t.changedBlocks());
    assertEquals(Set.of(0, 2), t.approvedBlocks());
    assertEquals(2, t.basedOnRevision());
    assertEquals("IN_PROGRESS", t.readiness());
  }

  @Test
  void aStaleSubmissionCannotBeApproved() {
    TranslationTask t = task();
    t.drafted(1, 1, Set.of(), NOW);
    t.submitted("tom", NOW);
    t.markStale(2, List.of(0), NOW);
    assertThrows(TranslationStateException.class, () -> t.approved(3, null, NOW));
    assertTrue(t.state().acceptsDraft(t.stale()), "the translator may update a stale submission");
  }

  @Test
  void unassigningKeepsTheWork() {
    TranslationTask t = task();
    t.drafted(1, 1, Set.of(), NOW);
    t.unassign(NOW);
    assertNull(t.translator());
    assertEquals(1, t.currentRevision());
    assertEquals(TranslationState.IN_PROGRESS, t.state());
  }

  @Test
  void indexListsRoundTrip() {
    assertEquals("1,3,10", TranslationTask.join(List.of(10, 3, 1)));
    assertEquals(List.of(1, 3, 10), TranslationTask.split("1,3,10"));
    assertEquals(List.of(), TranslationTask.split(""));
  }
}
