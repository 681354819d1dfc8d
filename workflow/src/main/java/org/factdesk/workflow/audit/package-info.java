/** The append-only audit trail: every change, who made it, when, and the state before and after. */
package org.factdesk.workflow.audit;
