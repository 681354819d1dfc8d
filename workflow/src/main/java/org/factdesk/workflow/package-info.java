/**
 * The editorial domain of Factdesk: articles and their immutable revisions, the editorial state
 * machine, assignments, comments, users and the audit trail. JPA entities and transactional CDI
 * services; nothing here knows about HTTP.
 */
package org.factdesk.workflow;
