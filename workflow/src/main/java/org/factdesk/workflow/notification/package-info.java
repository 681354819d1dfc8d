/**
 * Domain events once (issue 20): the outbox written beside the audit trail, the channels that read it
 * (in-app notifications, Standard Webhooks) and the leases that let every instance deliver them.
 */
package org.factdesk.workflow.notification;
