package org.factdesk.workflow.notification;

/** How a person wants to hear of one kind of event by e-mail. */
public enum Delivery {
  IMMEDIATE,
  DIGEST,
  NEVER
}
