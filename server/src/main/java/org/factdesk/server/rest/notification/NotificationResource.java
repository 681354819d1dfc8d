package org.factdesk.server.rest.notification;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.rest.support.Params;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.common.Page;
import org.factdesk.workflow.notification.DomainEvents;
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

  @Inject NotificationService notifications;
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

  static NotificationView view(NotificationService.Item i) {
    var e = i.event();
    JsonObject details = DomainEvents.parse(e.details());
    return new NotificationView(i.notification().id(), e.type(), e.articleId(), i.title(), e.revision(), e.actor(),
        e.occurredAt(), i.notification().readAt() != null,
        details == null ? jakarta.json.JsonValue.EMPTY_JSON_OBJECT : details);
  }
}
