package org.factdesk.workflow.staffing;

import org.factdesk.workflow.article.Article;
import org.factdesk.workflow.assignment.Assignment;

/** One line of someone's queue: their part, the article, and whether it is late. */
public record QueueItem(Assignment assignment, Article article, boolean overdue) {}
