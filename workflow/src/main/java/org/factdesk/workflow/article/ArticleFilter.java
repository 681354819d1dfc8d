package org.factdesk.workflow.article;

import org.factdesk.workflow.editorial.ArticleState;

/** Optional filters of the article list; null means "any". */
public record ArticleFilter(ArticleState state, String language, String desk, String titleContains) {
  public static ArticleFilter none() {
    return new ArticleFilter(null, null, null, null);
  }
}
