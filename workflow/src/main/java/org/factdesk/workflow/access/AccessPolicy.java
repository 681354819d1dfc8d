package org.factdesk.workflow.access;

import java.util.Set;
import java.util.function.Supplier;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.workflow.editorial.AssignmentRole;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.Role;

/**
 * Who may do what. {@code parts} are the actor's active assignments on the article in question; it
 * is asked only when the actor's roles alone do not decide (editors and admins see every article),
 * so the common case costs no query.
 */
public final class AccessPolicy {
  private AccessPolicy() {}

  /** A translation as access sees it: whose it is and into which language. */
  public record Translation(String translator, LanguageTag language) {}

  /** Editors and admins see every article; everyone else only those they are assigned to. */
  public static boolean seesEveryArticle(Actor actor) {
    return actor.isEditor() || actor.has(Role.ADMIN);
  }

  public static Decision readArticle(Actor actor, Supplier<Set<AssignmentRole>> parts) {
    return seesEveryArticle(actor) || !parts.get().isEmpty() ? Decision.ALLOWED : Decision.HIDDEN;
  }

  /** Create, describe and revise articles, staff them, approve: editors only, whatever the article. */
  public static Decision edit(Actor actor) {
    return actor.isEditor() ? Decision.ALLOWED : Decision.forbidden("editors");
  }

  /** Flag, assign, cite, resolve and reopen claims: editors and the article's assigned fact-checkers. */
  public static Decision workOnClaims(Actor actor, Supplier<Set<AssignmentRole>> parts) {
    if (actor.isEditor() || (actor.has(Role.FACT_CHECKER) && parts.get().contains(AssignmentRole.FACT_CHECKER))) {
      return Decision.ALLOWED;
    }
    return readArticle(actor, parts).orElse(() -> Decision.forbidden("editors and the fact-checkers assigned to the article"));
  }

  /**
   * Flag, resolve, re-check and dismiss (settle what is checked): only a fact-checker assigned to the
   * article, and never its author, whatever roles they hold.
   */
  public static Decision settleClaims(Actor actor, Supplier<Set<AssignmentRole>> parts, String author) {
    if (actor.has(Role.FACT_CHECKER) && parts.get().contains(AssignmentRole.FACT_CHECKER)
        && !actor.username().equals(author)) {
      return Decision.ALLOWED;
    }
    return readArticle(actor, parts).orElse(() -> Decision.forbidden(actor.username().equals(author)
        ? "the fact-checkers assigned to the article, never its author,"
        : "the fact-checkers assigned to the article"));
  }

  /**
   * Approve a translation: an editor who neither saved nor submitted it ({@code contributors}), so
   * no translation is approved by one person alone.
   */
  public static Decision approveTranslation(Actor actor, Supplier<Set<AssignmentRole>> parts, Translation t,
      Set<String> contributors) {
    return reviewTranslation(actor, parts, t).orElse(() -> contributors.contains(actor.username())
        ? Decision.forbidden("editors who neither saved nor submitted it") : Decision.ALLOWED);
  }

  /** Register sources and archive evidence: editors and fact-checkers (sources are shared by every article). */
  public static Decision handleSources(Actor actor) {
    return actor.isEditor() || actor.has(Role.FACT_CHECKER) ? Decision.ALLOWED
        : Decision.forbidden("editors and fact-checkers");
  }

  /** A translation is read by editors, admins and its translator; others who see the article are refused. */
  public static Decision readTranslation(Actor actor, Supplier<Set<AssignmentRole>> parts, Translation t) {
    if (seesEveryArticle(actor) || isTranslatorOf(actor, t)) {
      return Decision.ALLOWED;
    }
    return readArticle(actor, parts).orElse(() -> Decision.forbidden("editors and its translator"));
  }

  /** Only the translator assigned to it, holding its language, changes a translation. */
  public static Decision translate(Actor actor, Supplier<Set<AssignmentRole>> parts, Translation t) {
    return readTranslation(actor, parts, t).orElse(() -> isTranslatorOf(actor, t) ? Decision.ALLOWED
        : Decision.forbidden("the translator assigned to the " + t.language().value() + " translation"));
  }

  /** Editors review translations (approve, request changes). */
  public static Decision reviewTranslation(Actor actor, Supplier<Set<AssignmentRole>> parts, Translation t) {
    return readTranslation(actor, parts, t).orElse(() -> actor.isEditor() ? Decision.ALLOWED
        : Decision.forbidden("editors"));
  }

  private static boolean isTranslatorOf(Actor actor, Translation t) {
    return actor.username().equals(t.translator()) && actor.has(Role.TRANSLATOR) && actor.translatesInto(t.language());
  }
}
