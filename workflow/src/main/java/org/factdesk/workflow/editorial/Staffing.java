package org.factdesk.workflow.editorial;

/** One active assignment as the state machine sees it. {@code language} is set for translators. */
public record Staffing(String username, AssignmentRole role, String language) {}
