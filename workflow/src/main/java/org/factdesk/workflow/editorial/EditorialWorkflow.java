package org.factdesk.workflow.editorial;

import static org.factdesk.workflow.editorial.ArticleState.APPROVED;
import static org.factdesk.workflow.editorial.ArticleState.ARCHIVED;
import static org.factdesk.workflow.editorial.ArticleState.CORRECTION;
import static org.factdesk.workflow.editorial.ArticleState.DRAFT;
import static org.factdesk.workflow.editorial.ArticleState.FACT_CHECK;
import static org.factdesk.workflow.editorial.ArticleState.IN_REVIEW;
import static org.factdesk.workflow.editorial.ArticleState.TRANSLATION;
import static org.factdesk.workflow.editorial.ArticleState.WITHDRAWN;
import static org.factdesk.workflow.editorial.Guards.ALL_CLAIMS_RESOLVED;
import static org.factdesk.workflow.editorial.Guards.FACT_CHECKER_ASSIGNED;
import static org.factdesk.workflow.editorial.Guards.HAS_TEXT;
import static org.factdesk.workflow.editorial.Guards.NOT_APPROVED_BY_AUTHOR;
import static org.factdesk.workflow.editorial.Guards.NOT_REVIEWED_BY_AUTHOR;
import static org.factdesk.workflow.editorial.Guards.NO_TRANSLATION_REQUIRED;
import static org.factdesk.workflow.editorial.Guards.REVIEWER_ASSIGNED;
import static org.factdesk.workflow.editorial.Guards.TRANSLATIONS_CURRENT;
import static org.factdesk.workflow.editorial.Guards.TRANSLATOR_ASSIGNED;
import static org.factdesk.workflow.editorial.Party.ASSIGNED_FACT_CHECKER;
import static org.factdesk.workflow.editorial.Party.ASSIGNED_REVIEWER;
import static org.factdesk.workflow.editorial.Party.EDITOR;
import static org.factdesk.workflow.editorial.Requirement.COMMENT;
import static org.factdesk.workflow.editorial.Requirement.NOTE;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The editorial state machine: every legal move, in one table. Nothing else changes an article's state. */
public final class EditorialWorkflow {
  private static final List<Transition> TABLE =
      List.of(
          //     from         to           action             who                                    guards
          row(DRAFT,       IN_REVIEW,   "submitForReview", Set.of(EDITOR),                        HAS_TEXT, REVIEWER_ASSIGNED),
          row(IN_REVIEW,   FACT_CHECK,  "passReview",      Set.of(ASSIGNED_REVIEWER),             NOT_REVIEWED_BY_AUTHOR, FACT_CHECKER_ASSIGNED),
          row(IN_REVIEW,   DRAFT,       "requestChanges",  Set.of(ASSIGNED_REVIEWER, EDITOR)),
          row(FACT_CHECK,  TRANSLATION, "passFactCheck",   Set.of(ASSIGNED_FACT_CHECKER, EDITOR), TRANSLATOR_ASSIGNED, ALL_CLAIMS_RESOLVED),
          row(FACT_CHECK,  APPROVED,    "approve",         Set.of(EDITOR),                        NO_TRANSLATION_REQUIRED, ALL_CLAIMS_RESOLVED, NOT_APPROVED_BY_AUTHOR),
          row(FACT_CHECK,  DRAFT,       "requestChanges",  Set.of(ASSIGNED_FACT_CHECKER, EDITOR)),
          row(TRANSLATION, APPROVED,    "approve",         Set.of(EDITOR),                        ALL_CLAIMS_RESOLVED, TRANSLATIONS_CURRENT, NOT_APPROVED_BY_AUTHOR),
          row(TRANSLATION, DRAFT,       "requestChanges",  Set.of(EDITOR)),
          // After publication: a correction keeps the published version until it is re-approved with a public note.
          row(APPROVED,    CORRECTION,  "correct",         Set.of(EDITOR)).needing(COMMENT),
          row(CORRECTION,  APPROVED,    "approve",         Set.of(EDITOR),                        ALL_CLAIMS_RESOLVED, TRANSLATIONS_CURRENT, NOT_APPROVED_BY_AUTHOR).needing(NOTE),
          row(APPROVED,    DRAFT,       "reopen",          Set.of(EDITOR)),
          row(APPROVED,    ARCHIVED,    "archive",         Set.of(EDITOR)),
          row(APPROVED,    WITHDRAWN,   "withdraw",        Set.of(EDITOR)).needing(NOTE),
          row(CORRECTION,  WITHDRAWN,   "withdraw",        Set.of(EDITOR)).needing(NOTE),
          row(DRAFT,       WITHDRAWN,   "withdraw",        Set.of(EDITOR)),
          row(IN_REVIEW,   WITHDRAWN,   "withdraw",        Set.of(EDITOR)),
          row(FACT_CHECK,  WITHDRAWN,   "withdraw",        Set.of(EDITOR)),
          row(TRANSLATION, WITHDRAWN,   "withdraw",        Set.of(EDITOR)),
          row(WITHDRAWN,   DRAFT,       "restore",         Set.of(EDITOR)),
          row(WITHDRAWN,   ARCHIVED,    "archive",         Set.of(EDITOR)));

  private EditorialWorkflow() {}

  private static Transition row(ArticleState from, ArticleState to, String action, Set<Party> who, TransitionGuard... guards) {
    return new Transition(from, to, action, who, List.of(guards));
  }

  public static List<Transition> table() {
    return TABLE;
  }

  public static Optional<Transition> find(ArticleState from, ArticleState to) {
    return TABLE.stream().filter(t -> t.from() == from && t.to() == to).findFirst();
  }

  public static List<Transition> from(ArticleState state) {
    return TABLE.stream().filter(t -> t.from() == state).toList();
  }

  /** Every fact some guard of the table needs: each must have a {@link FactSource}. */
  public static Set<Class<?>> requiredFacts() {
    return TABLE.stream().flatMap(t -> t.guards().stream()).flatMap(g -> g.fact().stream())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The moves this actor may make from the current state, whether or not their guards hold now. */
  public static List<Transition> permitted(WorkflowContext context) {
    return from(context.state()).stream().filter(t -> t.mayBeMadeBy(context)).toList();
  }
}
