package org.factdesk.server.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.factdesk.server.problem.DatabaseUnavailable;
import org.factdesk.server.problem.Localizer.Texts;
import org.factdesk.server.problem.Localizer;
import org.factdesk.server.problem.Problem;
import org.factdesk.server.web.SecurityHeaders;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.LoginThrottledException;
import org.factdesk.workflow.user.SecurityEvent;
import org.factdesk.workflow.user.SecurityLog;
import org.factdesk.workflow.user.SessionService;
import org.factdesk.workflow.user.UserService;

/**
 * HTTP Basic against the staff accounts in the database, or a bearer token from {@code POST
 * /api/sessions} (the web interface), through Jakarta Security on Liberty: one mechanism, because
 * Liberty takes one per application. A failed or missing login on a protected address answers 401
 * with a problem+json body. Browser code of our own sends {@code X-Requested-With}, and then gets
 * no {@code WWW-Authenticate} challenge, so the browser does not pop up its own login box.
 */
@ApplicationScoped
public class BasicAuthMechanism implements HttpAuthenticationMechanism {
  private static final Logger LOG = Logger.getLogger(BasicAuthMechanism.class.getName());

  public static final String ACTOR_ATTRIBUTE = Actor.class.getName();

  public static final String BEARER_ATTRIBUTE = BasicAuthMechanism.class.getName() + ".bearer";

  @Inject UserService users;
  @Inject SessionService sessions;
  @Inject Localizer localizer;
  @Inject SecurityLog security;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    if (!context.isProtected()) {
      // The web interface's files need no login. Credentials a browser still sends (a changed password,
      // an expired token) must not turn the page with the login form into a 401.
      return context.doNothing();
    }
    String header = request.getHeader("Authorization");
    boolean basic = header != null && header.regionMatches(true, 0, "Basic ", 0, 6);
    boolean bearer = !basic && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    if (!basic && !bearer) {
      return reject(request, response, 401, "unauthorized",
          "Log in first: send your user name and password with HTTP Basic authentication");
    }
    String value = header.substring(basic ? 6 : 7).strip(); // encoded user:password, or the token
    Optional<String[]> given = basic ? credentials(value) : Optional.empty();
    Optional<Actor> actor;
    try {
      actor = basic ? given.flatMap(c -> users.authenticate(c[0], c[1])) : sessions.actor(value);
    } catch (LoginThrottledException e) {
      record(SecurityEvent.Kind.LOGIN_WHILE_LOCKED, given, request);
      return reject(request, response, 429, "tooManyLogins",
          "Too many failed logins for this account; try again in " + e.retryAfter().toSeconds() + " s",
          Map.of("seconds", e.retryAfter().toSeconds()), String.valueOf(Math.max(1, e.retryAfter().toSeconds())));
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.explains(e)) {
        throw e;
      }
      // The login needs the database; without it this is a 503 like any other request's, not a 500.
      return reject(request, response, 503, "databaseUnavailable", "The database is not reachable right now; try again shortly");
    }
    if (actor.isEmpty()) {
      if (basic) {
        record(SecurityEvent.Kind.LOGIN_FAILED, given, request);
      }
      return basic ? reject(request, response, 401, "badCredentials", "The user name or password is wrong")
          : reject(request, response, 401, "sessionExpired", "Your session has ended: log in again");
    }
    request.setAttribute(ACTOR_ATTRIBUTE, actor.get());
    if (bearer) {
      request.setAttribute(BEARER_ATTRIBUTE, value);
    }
    return login(context, actor.get());
  }

  /** A failed or refused login for the security log; its failure must not change the answer. */
  private void record(SecurityEvent.Kind kind, Optional<String[]> given, HttpServletRequest request) {
    try {
      String name = given.map(c -> c[0]).orElse(null);
      security.refused(kind, name, null, request.getRemoteAddr(), request.getMethod() + " " + request.getRequestURI());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not record a security event (" + kind + ")", e);
    }
  }

  private static AuthenticationStatus login(HttpMessageContext context, Actor actor) {
    Set<String> groups = actor.roles().stream().map(Enum::name).collect(Collectors.toSet());
    return context.notifyContainerAboutLogin(actor.username(), groups);
  }

  /** user:password, per RFC 7617 in UTF-8; empty when the header cannot be decoded. */
  private static Optional<String[]> credentials(String encoded) {
    try {
      String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
      int colon = decoded.indexOf(':');
      return colon <= 0 ? Optional.empty()
          : Optional.of(new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)});
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private AuthenticationStatus reject(HttpServletRequest request, HttpServletResponse response, int status,
      String code, String english) {
    return reject(request, response, status, code, english, Map.of(),
        status == 503 ? String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS) : null);
  }

  private AuthenticationStatus reject(HttpServletRequest request, HttpServletResponse response, int status,
      String code, String english, Map<String, Object> args, String retryAfter) {
    Texts m = localizer.messages(request.getHeader("Accept-Language"));
    String fallbackTitle = switch (status) {
      case 401 -> "Unauthorized";
      case 429 -> "Too many requests";
      default -> "Service unavailable";
    };
    Problem problem = new Problem(Problem.TYPE_BASE + code,
        Localizer.text(m, "problem." + code + ".title", Map.of(), fallbackTitle),
        status,
        Localizer.text(m, "problem." + code + ".detail", args, english), request.getRequestURI(), code,
        null, null, null);
    try {
      SecurityHeaders.apply(request, response); // the filters have not run yet
      if (retryAfter != null) {
        response.setHeader("Retry-After", retryAfter);
      } else if (request.getHeader("X-Requested-With") == null) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"factdesk\", charset=\"UTF-8\"");
      }
      problem.writeTo(response, m.locale());
      response.flushBuffer();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
