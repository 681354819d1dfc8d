package org.factdesk.workflow.editorial;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.workflow.user.Actor;

/**
 * Builds a {@link WorkflowContext}. {@link #article(ArticleState)} starts from a bare article
 * (written by {@link Staff#AUTHOR}, no text, nobody assigned, acted on by the author, no open
 * claims, no translation waiting); {@link #staffed(ArticleState)} from one with text and a
 * reviewer, fact-checker and translator assigned, where every guard except NoTranslationRequired
 * holds. {@link #withoutFacts()} takes the gathered facts away, as if no feature supplied them.
 */
final class ContextBuilder {
  private final ArticleState state;
  private String author = Staff.AUTHOR.username();
  private String revisionAuthor;
  private Actor actor = Staff.AUTHOR.actor();
  private final List<Staffing> staffing = new ArrayList<>();
  private final java.util.Map<Class<?>, Object> facts = new java.util.HashMap<>();
  private int blocks;

  private ContextBuilder(ArticleState state) {
    this.state = state;
    withFact(new OpenClaims(List.of()));
    withFact(new TranslationProgress(List.of()));
  }

  static ContextBuilder article(ArticleState state) {
    return new ContextBuilder(state);
  }

  static ContextBuilder staffed(ArticleState state) {
    return article(state)
        .withText(3)
        .withReviewer(Staff.REVIEWER.username())
        .withFactChecker(Staff.FACT_CHECKER.username())
        .withTranslator(Staff.TRANSLATOR.username());
  }

  ContextBuilder writtenBy(String username) {
    this.author = username;
    return this;
  }

  /** The current revision is someone else's than the article's author (by default it is the author's). */
  ContextBuilder revisedBy(String username) {
    this.revisionAuthor = username;
    return this;
  }

  ContextBuilder actingAs(Staff who) {
    return actingAs(who.actor());
  }

  ContextBuilder actingAs(Actor who) {
    this.actor = who;
    return this;
  }

  ContextBuilder withText(int blockCount) {
    this.blocks = blockCount;
    return this;
  }

  ContextBuilder withReviewer(String username) {
    staffing.add(new Staffing(username, AssignmentRole.REVIEWER, null));
    return this;
  }

  ContextBuilder withFactChecker(String username) {
    staffing.add(new Staffing(username, AssignmentRole.FACT_CHECKER, null));
    return this;
  }

  ContextBuilder withTranslator(String username) {
    staffing.add(new Staffing(username, AssignmentRole.TRANSLATOR, Staff.TRANSLATION_LANGUAGE));
    return this;
  }

  ContextBuilder without(AssignmentRole role) {
    staffing.removeIf(s -> s.role() == role);
    return this;
  }

  ContextBuilder withoutFacts() {
    facts.clear();
    return this;
  }

  ContextBuilder withFact(Object fact) {
    facts.put(fact.getClass(), fact);
    return this;
  }

  WorkflowContext build() {
    return new WorkflowContext(state, author, revisionAuthor == null ? author : revisionAuthor, actor, staffing,
        blocks, facts);
  }
}
