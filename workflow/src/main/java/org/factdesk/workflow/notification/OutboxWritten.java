package org.factdesk.workflow.notification;

/** Fired inside the change's transaction; observers after commit start delivery at once. */
public record OutboxWritten(long eventId, boolean notifiable) {}
