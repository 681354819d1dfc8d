/** Discussion on an article or on one of its revisions. */
package org.factdesk.workflow.comment;
