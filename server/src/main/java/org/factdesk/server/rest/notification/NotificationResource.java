package org.factdesk.server.rest.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.rest.support.Params;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.notification.Delivery;
import org.factdesk.workflow.notification.DomainEvents;
import org.factdesk.workflow.notification.MailPreferences;
import org.factdesk.workflow.notification.NotificationService;
import org.factdesk.workflow.user.Actor;

@Path("me/notifications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Me", description = "The logged-in user and their queue")
public class NotificationResource {
  /** One notification: what happened to which article, by whom, and whether it was read. */
  public record NotificationView(long id, String type, long article, String title, Integer revision, String actor,
      OffsetDateTime at, boolean read, JsonObject details) {}

  public record NotificationsView(long unread, List<NotificationView> items, int page, int size, long total) {}

  /** {@code ids}: these notifications; absent: all of mine. */
  public record MarkReadRequest(List<Long> ids) {}

  public record UnreadView(long unread) {}

  /**
   * My mail settings: the address (admins set it), the language mail is written in, and per event
   * type IMMEDIATE, DIGEST (once a day) or NEVER.
   */
  public record PreferencesView(String email, String language, Map<String, Delivery> kinds) {}

  /** One choice: for events of {@code type}, mail IMMEDIATE, DIGEST or NEVER. */
  public record KindChoice(String type, String delivery) {}

  /** Either part may be left out; kinds not named keep their choice. */
  public record PreferencesRequest(String language, List<KindChoice> kinds) {}

  @Inject NotificationService notifications;
  @Inject MailPreferences preferences;
  @Inject CurrentActor me;

  @GET
  @Operation(summary = "My notifications, newest first, with the unread count",
      description = "unread=true lists only unread ones. Only events on articles I may read reach me.")
  public NotificationsView list(@QueryParam("unread") boolean unreadOnly, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Actor actor = me.get();
    Page<NotificationService.Item> items = notifications.list(actor, unreadOnly, Params.page(page, size));
    return new NotificationsView(notifications.unread(actor), items.items().stream().map(NotificationResource::view)
        .toList(), items.page(), items.size(), items.total());
  }

  @POST
  @Path("read")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Mark my notifications read: the ids given, or all of them without ids")
  public UnreadView markRead(MarkReadRequest request) {
    return new UnreadView(notifications.markRead(me.get(), request == null ? null : request.ids()));
  }

  @GET
  @Path("preferences")
  @Operation(summary = "My mail settings: address, language and, per event type, immediately, daily digest or never")
  public PreferencesView preferences() {
    Actor actor = me.get();
    var contact = preferences.contact(actor.username());
    return new PreferencesView(contact.email(), contact.language(), preferences.deliveries(actor.username()));
  }

  @PUT
  @Path("preferences")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Choose the language of my mail and, per event type, IMMEDIATE, DIGEST or NEVER")
  public PreferencesView choose(PreferencesRequest request) {
    Actor actor = me.get();
    // Everything is parsed before anything is stored: a bad delivery must not leave the language changed.
    String language = request.language() == null ? null : Params.language(request.language()).value();
    Map<String, Delivery> choices = new LinkedHashMap<>();
    if (request.kinds() != null) {
      request.kinds().forEach(k -> choices.put(String.valueOf(k.type()), Params.requiredEnum("kinds", k.delivery(),
          Delivery.class)));
    }
    preferences.choose(actor, language, choices);
    return preferences();
  }

  static NotificationView view(NotificationService.Item i) {
    var e = i.event();
    JsonObject details = DomainEvents.parse(e.details());
    return new NotificationView(i.notification().id(), e.type(), e.articleId(), i.title(), e.revision(), e.actor(),
        e.occurredAt(), i.notification().readAt() != null,
        details == null ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT : details);
  }
}
