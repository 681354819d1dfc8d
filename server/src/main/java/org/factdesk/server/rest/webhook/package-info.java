/** Webhook registrations and their delivery log (admins; issue 20). */
package org.factdesk.server.rest.webhook;
