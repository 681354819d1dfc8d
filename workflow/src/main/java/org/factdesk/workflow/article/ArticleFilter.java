package org.factdesk.workflow.article;

import java.time.OffsetDateTime;
import org.factdesk.workflow.editorial.ArticleState;

/**
 * Optional filters of the article list; null means "any". {@code text} matches the title, or the id
 * when it is a number ("#42" or "42"); {@code dueBefore} keeps articles whose deadline is before it.
 */
public record ArticleFilter(ArticleState state, String language, String desk, String titleContains, String author,
    OffsetDateTime dueBefore, Sort sort) {

  /** The list's orders, each with the query order it means (ties broken by id, so pages never overlap). */
  public enum Sort {
    UPDATED("a.updatedAt desc, a.id desc"),
    CREATED("a.createdAt desc, a.id desc"),
    DEADLINE("a.deadline asc nulls last, a.id asc"),
    TITLE("lower(a.title) asc, a.id asc");

    final String order;

    Sort(String order) {
      this.order = order;
    }
  }

  public ArticleFilter(ArticleState state, String language, String desk, String titleContains) {
    this(state, language, desk, titleContains, null, null, Sort.UPDATED);
  }

  public static ArticleFilter none() {
    return new ArticleFilter(null, null, null, null);
  }

  /** The id the text names, if it names one. */
  Long id() {
    if (titleContains == null) {
      return null;
    }
    String t = titleContains.strip();
    t = t.startsWith("#") ? t.substring(1) : t;
    return t.matches("[0-9]{1,18}") ? Long.valueOf(t) : null;
  }
}
