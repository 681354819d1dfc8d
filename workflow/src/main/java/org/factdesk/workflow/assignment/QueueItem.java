package org.factdesk.workflow.assignment;

import org.factdesk.workflow.article.Article;

/** One line of someone's queue: their part, the article, and whether it is late. */
public record QueueItem(Assignment assignment, Article article, boolean overdue) {}
