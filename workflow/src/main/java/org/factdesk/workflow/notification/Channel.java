package org.factdesk.workflow.notification;

import java.util.List;

/** The channels a notifiable event is dispatched to, each once (one outbox_dispatch row each). */
public final class Channel {
  public static final String IN_APP = "inapp";
  public static final String WEBHOOK = "webhook";
  public static final String EMAIL = "email";
  public static final List<String> ALL = List.of(IN_APP, WEBHOOK, EMAIL);

  private Channel() {}
}
