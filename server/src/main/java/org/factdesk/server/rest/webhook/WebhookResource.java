package org.factdesk.server.rest.webhook;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.server.notify.WebhookSender;
import org.factdesk.server.notify.WebhookTargets;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.common.ValidationException;
import org.factdesk.workflow.notification.DomainEvents;
import org.factdesk.workflow.notification.Webhook;
import org.factdesk.workflow.notification.WebhookDelivery;
import org.factdesk.workflow.notification.WebhookService;
import org.factdesk.workflow.user.Actor;

@Path("webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Webhooks", description = "Signed event deliveries to other systems (Standard Webhooks; admins)")
public class WebhookResource {
  public record RegisterWebhookRequest(@Schema(required = true, maxLength = WebhookService.MAX_URL) String url,
      @Schema(required = true) List<String> events) {}

  /** {@code secret} only in the answer to the registration: it is shown once. */
  public record WebhookView(long id, String url, List<String> events, boolean active, String createdBy,
      OffsetDateTime createdAt, OffsetDateTime failingSince, OffsetDateTime disabledAt, String secret) {}

  public record AttemptView(int attempt, OffsetDateTime at, Integer status, String error, long durationMillis) {}

  public record DeliveryView(long id, long event, String state, int attempts, OffsetDateTime createdAt,
      OffsetDateTime finishedAt, List<AttemptView> log) {}

  @Inject WebhookService webhooks;
  @Inject WebhookSender sender;
  @Inject CurrentActor me;
  @Context UriInfo uri;

  @GET
  @Path("event-types")
  @Operation(summary = "The event types a webhook may subscribe to")
  public List<String> eventTypes() {
    me.get();
    return DomainEvents.NOTIFIABLE;
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Register a webhook (admins)", description = "Answers with the signing secret, shown only"
      + " this once. URLs resolving to loopback or private addresses are refused unless"
      + " FACTDESK_WEBHOOK_ALLOW_PRIVATE=true.")
  @APIResponse(responseCode = "201", description = "Registered")
  @APIResponse(responseCode = "400", description = "A bad or private URL, or an unknown event type (named)",
      content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response register(RegisterWebhookRequest request) {
    Actor actor = me.get();
    webhooks.list(actor); // admins only, before the URL is looked up in DNS
    String refusal = request.url() == null ? null : WebhookTargets.refusal(request.url(), sender.allowPrivate());
    if (refusal != null) {
      throw new ValidationException("url", "webhookTargetRefused", Map.of("reason", refusal), refusal);
    }
    Webhook hook = webhooks.register(actor, request.url(), request.events());
    return Response.created(uri.getBaseUriBuilder().path("webhooks/{id}").build(hook.id()))
        .entity(view(hook, true)).build();
  }

  @GET
  @Operation(summary = "Every webhook (admins)")
  public List<WebhookView> list() {
    return webhooks.list(me.get()).stream().map(h -> view(h, false)).toList();
  }

  @GET
  @Path("{id}")
  @Operation(summary = "One webhook (admins)")
  public WebhookView get(@PathParam("id") long id) {
    return view(webhooks.find(me.get(), id), false);
  }

  @DELETE
  @Path("{id}")
  @Operation(summary = "Stop sending to a webhook (admins); its delivery log stays")
  @APIResponse(responseCode = "204", description = "Disabled")
  public Response disable(@PathParam("id") long id) {
    webhooks.disable(me.get(), id);
    return Response.noContent().build();
  }

  @GET
  @Path("{id}/deliveries")
  @Operation(summary = "The delivery log: the latest 100 deliveries with every attempt (admins)")
  public List<DeliveryView> deliveries(@PathParam("id") long id) {
    return webhooks.deliveries(me.get(), id, 100).stream().map(e -> {
      WebhookDelivery d = e.getKey();
      return new DeliveryView(d.id(), d.eventId(), d.state(), d.attempts(), d.createdAt(), d.finishedAt(),
          e.getValue().stream().map(a -> new AttemptView(a.attempt(), a.at(), a.status(), a.error(),
              a.durationMillis())).toList());
    }).toList();
  }

  static WebhookView view(Webhook h, boolean withSecret) {
    return new WebhookView(h.id(), h.url(), h.types(), h.active(), h.createdBy(), h.createdAt(), h.failingSince(),
        h.disabledAt(), withSecret ? h.secret() : null);
  }
}
