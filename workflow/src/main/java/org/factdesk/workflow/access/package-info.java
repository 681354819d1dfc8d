/**
 * Who may read and who may work on an article, its claims and its translations: one policy,
 * decided from plain facts (the actor and the parts they hold on the article), with no database,
 * so every rule reads in one place and is tested on its own. {@code article.ArticleAccess}
 * applies it to stored rows and answers 404, 403 or 409.
 */
package org.factdesk.workflow.access;
