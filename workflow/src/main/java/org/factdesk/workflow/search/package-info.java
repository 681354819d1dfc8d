/**
 * What the search index is built from, on the database side: the change log every change to an
 * article, claim or source writes in its own transaction ({@link ChangeLog}, {@link ChangeListener}),
 * the texts to index read in batches ({@link SearchSources}), and which articles a person may find.
 * The index itself (Lucene) lives in the server; nothing here knows it.
 */
package org.factdesk.workflow.search;
