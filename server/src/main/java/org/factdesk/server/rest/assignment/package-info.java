/** Assignments on an article, overdue work across the newsroom, and the caller's own queue. */
package org.factdesk.server.rest.assignment;
