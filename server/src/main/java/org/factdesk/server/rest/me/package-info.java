/** The calling user: who they are and what is waiting for them. */
package org.factdesk.server.rest.me;
