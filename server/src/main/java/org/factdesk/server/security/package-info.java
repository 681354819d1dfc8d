/** Authentication (HTTP Basic against the staff accounts in the database) and the acting user of a request. */
package org.factdesk.server.security;
