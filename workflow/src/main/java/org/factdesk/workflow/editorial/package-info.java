/**
 * The editorial state machine, pure and without persistence: states, who may move an article
 * between them ({@link org.factdesk.workflow.editorial.Party}), and the guards that must hold. The
 * whole machine is the table in {@link org.factdesk.workflow.editorial.EditorialWorkflow}.
 */
package org.factdesk.workflow.editorial;
