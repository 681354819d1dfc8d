/** Log in and out of the web interface: bearer-token sessions kept in the database. */
package org.factdesk.server.rest.session;
