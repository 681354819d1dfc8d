/** A person's in-app notifications (issue 20). */
package org.factdesk.server.rest.notification;
