package org.factdesk.workflow.assignment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;
import org.factdesk.workflow.editorial.ArticleState;
import org.factdesk.workflow.editorial.AssignmentRole;
import org.factdesk.workflow.editorial.Staffing;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class AssignmentTest {

  private static final OffsetDateTime NOW = OffsetDateTime.of(2025, 3, 14, 12, 0, 0, 0, ZoneOffset.UTC);

  /** An active assignment on article 7, given a day before {@link #NOW}, due as set. */
  private static final class AssignmentBuilder {
    private final AssignmentRole role;
    private String assignee = "fay";
    private String language;
    private OffsetDateTime due;
    private boolean ended;

    private AssignmentBuilder(AssignmentRole role) {
      this.role = role;
      this.language = role == AssignmentRole.TRANSLATOR ? "ru" : null;
    }

    AssignmentBuilder to(String username) {
      this.assignee = username;
      return this;
    }

    AssignmentBuilder due(OffsetDateTime due) {
      this.due = due;
      return this;
    }

    AssignmentBuilder overdue() {
      return due(NOW.minusHours(1));
    }

    AssignmentBuilder ended() {
      this.ended = true;
      return this;
    }

    Assignment build() {
      Assignment a = new Assignment(7L, assignee, role, language, due, "erin", NOW.minusDays(1), true);
      if (ended) {
        a.end("erin", NOW.minusMinutes(30));
      }
      return a;
    }
  }

  private static AssignmentBuilder a(AssignmentRole role) {
    return new AssignmentBuilder(role);
  }

  @ParameterizedTest(name = "{0} pending in {1}")
  @CsvSource({
    "REVIEWER, DRAFT IN_REVIEW",
    "FACT_CHECKER, DRAFT IN_REVIEW FACT_CHECK CORRECTION",
    "TRANSLATOR, DRAFT IN_REVIEW FACT_CHECK TRANSLATION CORRECTION"
  })
  void isPendingOnlyUntilItsPartOfTheWorkIsDone(AssignmentRole role, String pendingStates) {
    Set<ArticleState> pending =
        Arrays.stream(pendingStates.split(" ")).map(ArticleState::valueOf).collect(Collectors.toSet());
    Assignment assignment = a(role).build();
    for (ArticleState state : ArticleState.values()) {
      assertEquals(pending.contains(state), assignment.pendingIn(state), role + " in " + state);
    }
  }

  @ParameterizedTest(name = "{0} overdue in {1}")
  @CsvSource({
    "REVIEWER, DRAFT IN_REVIEW",
    "FACT_CHECKER, DRAFT IN_REVIEW FACT_CHECK CORRECTION",
    "TRANSLATOR, DRAFT IN_REVIEW FACT_CHECK TRANSLATION CORRECTION"
  })
  void isOverduePastItsDateOnlyWhilePending(AssignmentRole role, String overdueStates) {
    Set<ArticleState> overdue =
        Arrays.stream(overdueStates.split(" ")).map(ArticleState::valueOf).collect(Collectors.toSet());
    Assignment assignment = a(role).overdue().build();
    for (ArticleState state : ArticleState.values()) {
      assertEquals(overdue.contains(state), assignment.overdueIn(state, NOW), role + " in " + state);
    }
  }

  @Test
  void translatorIsPendingExactlyWhileTheArticleIsEditable() {
    Assignment translator = a(AssignmentRole.TRANSLATOR).build();
    for (ArticleState state : ArticleState.values()) {
      assertEquals(state.editable(), translator.pendingIn(state), state.toString());
    }
  }

  @ParameterizedTest
  @EnumSource(AssignmentRole.class)
  void isNeverOverdueWithoutADueDate(AssignmentRole role) {
    Assignment assignment = a(role).build();
    for (ArticleState state : ArticleState.values()) {
      assertFalse(assignment.overdueIn(state, NOW.plusYears(5)), role + " in " + state);
    }
  }

  @ParameterizedTest
  @EnumSource(AssignmentRole.class)
  void isNeverOverdueOnceEnded(AssignmentRole role) {
    Assignment assignment = a(role).overdue().ended().build();
    assertFalse(assignment.active());
    for (ArticleState state : ArticleState.values()) {
      assertFalse(assignment.overdueIn(state, NOW), role + " in " + state);
    }
  }

  @Test
  void isNotOverdueBeforeOrAtTheDueTime() {
    assertFalse(a(AssignmentRole.REVIEWER).due(NOW.plusMinutes(1)).build().overdueIn(ArticleState.IN_REVIEW, NOW));
    assertFalse(a(AssignmentRole.REVIEWER).due(NOW).build().overdueIn(ArticleState.IN_REVIEW, NOW));
  }

  @Test
  void isOverdueOneSecondAfterTheDueTime() {
    assertTrue(a(AssignmentRole.REVIEWER).due(NOW.minusSeconds(1)).build().overdueIn(ArticleState.IN_REVIEW, NOW));
  }

  @Test
  void comparesDueTimesAcrossTimeZones() {
    // 13:30 in Baku (+04:00) is 09:30 UTC, before noon UTC
    OffsetDateTime due = OffsetDateTime.of(2025, 3, 14, 13, 30, 0, 0, ZoneOffset.ofHours(4));
    assertTrue(a(AssignmentRole.FACT_CHECKER).due(due).build().overdueIn(ArticleState.FACT_CHECK, NOW));
  }

  @Test
  void isActiveUntilEnded() {
    Assignment assignment = a(AssignmentRole.REVIEWER).build();
    assertTrue(assignment.active());
    assignment.end("erin", NOW);
    assertFalse(assignment.active());
    assertEquals("erin", assignment.endedBy());
    assertEquals(NOW, assignment.endedAt());
  }

  @Test
  void appearsToTheStateMachineAsItsAssigneeRoleAndLanguage() {
    assertEquals(
        new Staffing("tom", AssignmentRole.TRANSLATOR, "ru"), a(AssignmentRole.TRANSLATOR).to("tom").build().toStaffing());
    assertEquals(new Staffing("rob", AssignmentRole.REVIEWER, null), a(AssignmentRole.REVIEWER).to("rob").build().toStaffing());
  }
}
