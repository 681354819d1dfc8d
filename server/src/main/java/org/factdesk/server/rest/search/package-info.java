/** Full-text search and claim matching over the index (issue 16), and the index's admin controls. */
package org.factdesk.server.rest.search;
