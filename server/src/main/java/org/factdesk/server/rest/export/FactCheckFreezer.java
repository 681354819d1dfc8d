package org.factdesk.server.rest.export;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.factdesk.workflow.article.ArticleTransitioned;
import org.factdesk.workflow.editorial.ArticleState;
import org.factdesk.workflow.user.UserService;

/**
 * Freezes the fact-check record when an article is approved, in the same transaction, so the
 * approved revision's PDF keeps it when claims change after the article is reopened.
 */
@ApplicationScoped
public class FactCheckFreezer {
  @Inject ExportAssembler assembler;
  @Inject UserService users;

  void onTransition(@Observes ArticleTransitioned moved) {
    if (moved.to() == ArticleState.APPROVED && moved.approvedRevision() != null) {
      users.actor(moved.actor()).ifPresent(actor -> assembler.freeze(actor, moved.articleId(), moved.approvedRevision()));
    }
  }
}
