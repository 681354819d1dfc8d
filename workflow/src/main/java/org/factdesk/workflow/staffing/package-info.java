/**
 * Staffing an article (assign, reassign, unassign, with the article row locked) and each person's
 * queue of work, overdue first.
 */
package org.factdesk.workflow.staffing;
