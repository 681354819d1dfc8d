/** The newsroom-wide audit trail, for admins. */
package org.factdesk.server.rest.audit;
