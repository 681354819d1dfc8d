package org.factdesk.server.rest.live;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.notify.LiveEvents;
import org.factdesk.server.security.CurrentActor;

@Path("events")
@RequestScoped
@Tag(name = "Live", description = "Changes as they happen (Server-Sent Events)")
public class EventStreamResource {
  @Inject LiveEvents live;
  @Inject CurrentActor me;

  @GET
  @Produces(MediaType.SERVER_SENT_EVENTS)
  @Operation(summary = "A stream of changes to the articles I may read",
      description = "Each event is named \"change\", its id is the outbox id and its data JSON (id, type, article,"
          + " revision, actor, at, subject, details). Reconnect with Last-Event-ID to be sent what was missed"
          + " (up to 500 events). article=ID limits the stream to one article.")
  public void stream(@Context SseEventSink sink, @Context Sse sse, @HeaderParam("Last-Event-ID") String lastEventId,
      @QueryParam("article") Long article) {
    var actor = me.get();
    // An id this stream never sent (not a number) is treated as none: the stream starts from now.
    Long resume = null;
    if (lastEventId != null && lastEventId.strip().matches("[0-9]{1,18}")) {
      resume = Long.parseLong(lastEventId.strip());
    }
    live.open(actor, article, sink, sse, resume);
  }
}
