package org.factdesk.workflow.assignment;

import org.factdesk.workflow.editorial.AssignmentRole;

/**
 * Fired synchronously inside the transaction when an assignment starts, ends or gets a new due date
 * (a reassignment is an end and a start). Features that hang work off an assignment observe it, e.g. a translator's
 * assignment opens the translation task for its language.
 */
public record AssignmentChanged(
    long articleId, long assignmentId, AssignmentRole role, String language, String username, boolean active,
    String actor) {}
