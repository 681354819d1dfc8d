package org.factdesk.workflow.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.workflow.access.AccessPolicy.Translation;
import org.factdesk.workflow.access.Decision.Outcome;
import org.factdesk.workflow.common.ForbiddenException;
import org.factdesk.workflow.common.NotFoundException;
import org.factdesk.workflow.editorial.AssignmentRole;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.Role;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Who may read and work on an article, its claims and its translations, decided without a database. */
class AccessPolicyTest {
  private static final LanguageTag HE = LanguageTag.parse("he");
  private static final Translation HEBREW_BY_TOM = new Translation("tom", HE);

  private static Actor actor(String name, Role... roles) {
    Set<Role> set = roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles);
    return new Actor(name, set, set.contains(Role.TRANSLATOR) ? Set.of(HE) : Set.of());
  }

  private static Supplier<Set<AssignmentRole>> parts(AssignmentRole... roles) {
    return () -> roles.length == 0 ? Set.of() : EnumSet.of(roles[0], roles);
  }

  private static final Actor EDITOR = actor("erin", Role.EDITOR);
  private static final Actor ADMIN = actor("ada", Role.ADMIN);
  private static final Actor CHECKER = actor("fay", Role.FACT_CHECKER);
  private static final Actor TRANSLATOR = actor("tom", Role.TRANSLATOR);
  private static final Actor OTHER_TRANSLATOR = actor("tina", Role.TRANSLATOR);
  private static final Actor NOBODY = actor("sam");

  @Nested
  class ReadingArticles {
    @Test
    void editorsAndAdminsSeeEveryArticleWithoutAskingForAssignments() {
      AtomicInteger asked = new AtomicInteger();
      Supplier<Set<AssignmentRole>> counting = () -> {
        asked.incrementAndGet();
        return Set.of();
      };
      assertTrue(AccessPolicy.readArticle(EDITOR, counting).allowed());
      assertTrue(AccessPolicy.readArticle(ADMIN, counting).allowed());
      assertEquals(0, asked.get(), "roles alone decide for editors and admins");
    }

    @ParameterizedTest
    @EnumSource(AssignmentRole.class)
    void anyPartOnTheArticleLetsOthersReadIt(AssignmentRole part) {
      assertTrue(AccessPolicy.readArticle(CHECKER, parts(part)).allowed());
    }

    @Test
    void withoutAPartTheArticleIsHiddenNotForbidden() {
      assertEquals(Outcome.HIDDEN, AccessPolicy.readArticle(CHECKER, parts()).outcome());
      assertEquals(Outcome.HIDDEN, AccessPolicy.readArticle(NOBODY, parts()).outcome());
    }
  }

  @Nested
  class WorkingOnClaims {
    @Test
    void editorsAndAssignedFactCheckersMay() {
      assertTrue(AccessPolicy.workOnClaims(EDITOR, parts()).allowed());
      assertTrue(AccessPolicy.workOnClaims(CHECKER, parts(AssignmentRole.FACT_CHECKER)).allowed());
    }

    @Test
    void aFactCheckerAssignedAsSomethingElseIsForbidden() {
      Decision d = AccessPolicy.workOnClaims(CHECKER, parts(AssignmentRole.REVIEWER));
      assertEquals(Outcome.FORBIDDEN, d.outcome());
      assertTrue(d.who().contains("fact-checkers assigned"), d.who());
    }

    @Test
    void anAssignmentWithoutTheFactCheckerRoleIsNotEnough() {
      // Assigned as fact-checker once, the role since taken away: the role counts too.
      assertEquals(Outcome.FORBIDDEN, AccessPolicy.workOnClaims(TRANSLATOR, parts(AssignmentRole.FACT_CHECKER)).outcome());
    }

    @Test
    void aFactCheckerOfOtherArticlesDoesNotLearnThisOneExists() {
      assertEquals(Outcome.HIDDEN, AccessPolicy.workOnClaims(CHECKER, parts()).outcome());
    }
  }

  @Nested
  class Translations {
    @Test
    void editorsAdminsAndItsTranslatorRead() {
      assertTrue(AccessPolicy.readTranslation(EDITOR, parts(), HEBREW_BY_TOM).allowed());
      assertTrue(AccessPolicy.readTranslation(ADMIN, parts(), HEBREW_BY_TOM).allowed());
      assertTrue(AccessPolicy.readTranslation(TRANSLATOR, parts(AssignmentRole.TRANSLATOR), HEBREW_BY_TOM).allowed());
    }

    @Test
    void anotherTranslatorOnTheArticleIsForbiddenAndAStrangerSeesNothing() {
      assertEquals(Outcome.FORBIDDEN,
          AccessPolicy.readTranslation(OTHER_TRANSLATOR, parts(AssignmentRole.TRANSLATOR), HEBREW_BY_TOM).outcome());
      assertEquals(Outcome.HIDDEN, AccessPolicy.readTranslation(OTHER_TRANSLATOR, parts(), HEBREW_BY_TOM).outcome());
    }

    @Test
    void onlyItsTranslatorHoldingTheLanguageTranslates() {
      assertTrue(AccessPolicy.translate(TRANSLATOR, parts(AssignmentRole.TRANSLATOR), HEBREW_BY_TOM).allowed());
      Decision editor = AccessPolicy.translate(EDITOR, parts(), HEBREW_BY_TOM);
      assertEquals(Outcome.FORBIDDEN, editor.outcome());
      assertTrue(editor.who().contains("he translation"), editor.who());
      Actor tomWithoutHebrew = new Actor("tom", Set.of(Role.TRANSLATOR), Set.of(LanguageTag.parse("ar")));
      assertEquals(Outcome.HIDDEN,
          AccessPolicy.translate(tomWithoutHebrew, parts(), HEBREW_BY_TOM).outcome(), "no part, no language: hidden");
      assertEquals(Outcome.FORBIDDEN,
          AccessPolicy.translate(tomWithoutHebrew, parts(AssignmentRole.TRANSLATOR), HEBREW_BY_TOM).outcome());
    }

    @Test
    void onlyEditorsReview() {
      assertTrue(AccessPolicy.reviewTranslation(EDITOR, parts(), HEBREW_BY_TOM).allowed());
      assertEquals(Outcome.FORBIDDEN,
          AccessPolicy.reviewTranslation(TRANSLATOR, parts(AssignmentRole.TRANSLATOR), HEBREW_BY_TOM).outcome());
      assertEquals(Outcome.FORBIDDEN, AccessPolicy.reviewTranslation(ADMIN, parts(), HEBREW_BY_TOM).outcome());
    }
  }

  @Test
  void editingAndSourcesGoByRoleAlone() {
    assertTrue(AccessPolicy.edit(EDITOR).allowed());
    assertFalse(AccessPolicy.edit(ADMIN).allowed());
    assertTrue(AccessPolicy.handleSources(CHECKER).allowed());
    assertTrue(AccessPolicy.handleSources(EDITOR).allowed());
    assertEquals(Outcome.FORBIDDEN, AccessPolicy.handleSources(TRANSLATOR).outcome());
  }

  @Test
  void aDecisionEnforcedRefusesAs404Or403() {
    assertThrows(NotFoundException.class, () -> AccessPolicy.readArticle(NOBODY, parts()).enforce("read", "article", 7));
    ForbiddenException e = assertThrows(ForbiddenException.class,
        () -> AccessPolicy.edit(CHECKER).enforce("rewrite the article", "article", 7));
    assertEquals("Not allowed to rewrite the article: only editors may rewrite the article", e.getMessage());
    AccessPolicy.edit(EDITOR).enforce("rewrite the article", "article", 7);
  }
}
