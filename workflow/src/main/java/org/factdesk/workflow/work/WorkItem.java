package org.factdesk.workflow.work;

import java.time.OffsetDateTime;
import org.factdesk.workflow.editorial.ArticleState;

/**
 * One step waiting for someone: the article it belongs to, the translation task or claim it is about
 * (else null), its language and when it is due (null: no date).
 */
public record WorkItem(WorkKind kind, long articleId, String title, String articleLanguage, ArticleState state,
    Long taskId, Long claimId, String language, OffsetDateTime due, boolean overdue, boolean dueSoon) {}
