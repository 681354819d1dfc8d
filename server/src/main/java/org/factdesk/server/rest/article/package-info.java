/** Articles, revisions, diffs, transitions, comments and the per-article audit trail over HTTP. */
package org.factdesk.server.rest.article;
