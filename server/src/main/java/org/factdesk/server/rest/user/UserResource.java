package org.factdesk.server.rest.user;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.rest.article.ArticleAssembler;
import org.factdesk.server.rest.article.ArticleViews.PageView;
import org.factdesk.server.rest.support.IfMatch;
import org.factdesk.server.rest.support.Params;
import org.factdesk.server.security.CurrentActor;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.NewUser;
import org.factdesk.workflow.user.Role;
import org.factdesk.workflow.user.UserAccount;
import org.factdesk.workflow.user.UserChanges;
import org.factdesk.workflow.notification.MailPreferences;
import org.factdesk.workflow.user.UserService;

@Path("users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "Staff accounts (admins manage them; editors may list them)")
public class UserResource {
  public record UserView(String username, String displayName, List<String> roles, List<String> languages,
      boolean active, OffsetDateTime createdAt, long version, String uiLanguage) {}

  public record CreateUserRequest(
      @Schema(required = true, minLength = 2, maxLength = 64, pattern = UserService.USERNAME_PATTERN) String username,
      @Schema(maxLength = UserService.MAX_DISPLAY_NAME) String displayName,
      @Schema(required = true, minLength = UserService.MIN_PASSWORD, maxLength = UserService.MAX_PASSWORD) String password,
      List<String> roles, List<String> languages) {}

  /** {@code email}: where Factdesk mails this person (issue 20); "" removes it. */
  public record UpdateUserRequest(@Schema(maxLength = UserService.MAX_DISPLAY_NAME) String displayName,
      @Schema(minLength = UserService.MIN_PASSWORD, maxLength = UserService.MAX_PASSWORD) String password,
      List<String> roles, List<String> languages, Boolean active,
      @Schema(maxLength = MailPreferences.MAX_EMAIL) String email) {}

  @Inject UserService users;
  @Inject MailPreferences contacts;
  @Inject CurrentActor me;
  @Context UriInfo uri;

  @GET
  @Operation(summary = "List accounts, optionally by role")
  public PageView<UserView> list(@QueryParam("role") String role, @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    return ArticleAssembler.page(users.list(me.get(), Params.enumValue("role", role, Role.class),
        Params.page(page, size)), UserResource::view);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Create an account (admins)")
  @APIResponse(responseCode = "201", description = "Created")
  public Response create(CreateUserRequest request) {
    UserAccount user = users.create(me.get(), new NewUser(request.username(), request.displayName(), request.password(),
        roles(request.roles()), languages(request.languages())));
    return Response.created(uri.getBaseUriBuilder().path("users/{u}").build(user.username()))
        .entity(view(user)).tag(new EntityTag(String.valueOf(user.version()))).build();
  }

  @GET
  @Path("{username}")
  @Operation(summary = "One account (admins, or yourself)")
  public Response get(@PathParam("username") String username) {
    UserAccount user = users.find(me.get(), username);
    return Response.ok(view(user)).tag(new EntityTag(String.valueOf(user.version()))).build();
  }

  @PATCH
  @Path("{username}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Change roles, languages, name, password, active or e-mail address (admins; requires If-Match)")
  public Response update(@PathParam("username") String username, @HeaderParam("If-Match") String ifMatch,
      UpdateUserRequest request) {
    Actor actor = me.get();
    long expected = IfMatch.expectedVersion(ifMatch, () -> users.find(actor, username).version());
    users.update(actor, username, expected, new UserChanges(request.displayName(), request.password(),
        request.roles() == null ? null : roles(request.roles()),
        request.languages() == null ? null : languages(request.languages()), request.active()));
    // After the account change: a stale If-Match (412) changes nothing.
    if (request.email() != null) {
      contacts.setEmail(actor, username, request.email());
    }
    UserAccount user = users.find(actor, username);
    return Response.ok(view(user)).tag(new EntityTag(String.valueOf(user.version()))).build();
  }

  @DELETE
  @Path("{username}/lock")
  @Operation(summary = "Lift a login lock (admins)", description = "After wrong passwords in a row a name is locked"
      + " for 30 s up to 15 minutes (every login answers 429); an admin can lift the lock at once. Audited as"
      + " user.unlocked; lifting no lock changes nothing.")
  @APIResponse(responseCode = "204", description = "No lock holds the account now")
  @APIResponse(responseCode = "403", description = "Not an admin", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  @APIResponse(responseCode = "404", description = "No such account", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
  public Response unlock(@PathParam("username") String username) {
    users.unlock(me.get(), username);
    return Response.noContent().build();
  }

  public static UserView view(UserAccount u) {
    return new UserView(u.username(), u.displayName(), u.roles().stream().map(Enum::name).sorted().toList(),
        u.languages().stream().sorted().toList(), u.active(), u.createdAt(), u.version(), u.uiLanguage());
  }

  private static Set<Role> roles(List<String> raw) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    if (raw != null) {
      for (String r : raw) {
        roles.add(Params.requiredEnum("roles", r, Role.class));
      }
    }
    return roles;
  }

  private static Set<LanguageTag> languages(List<String> raw) {
    return raw == null ? Set.of() : raw.stream().map(Params::language).collect(Collectors.toSet());
  }
}
