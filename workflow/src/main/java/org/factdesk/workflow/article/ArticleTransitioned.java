package org.factdesk.workflow.article;

import org.factdesk.workflow.editorial.ArticleState;

/**
 * An article moved through the workflow; fired inside the transaction of the move, so an observer's
 * writes commit or roll back with it. {@code approvedRevision} is the article's after the move;
 * {@code comment} is what the mover said (null if nothing), which also goes into the discussion.
 */
public record ArticleTransitioned(long articleId, ArticleState from, ArticleState to, Integer approvedRevision,
    String actor, String comment) {}
