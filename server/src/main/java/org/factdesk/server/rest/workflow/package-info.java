/** The editorial workflow table itself, for clients that draw it. */
package org.factdesk.server.rest.workflow;
