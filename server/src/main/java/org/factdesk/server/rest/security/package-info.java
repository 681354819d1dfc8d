/** The security log for admins: failed logins, lockouts, refused requests, account changes. */
package org.factdesk.server.rest.security;
