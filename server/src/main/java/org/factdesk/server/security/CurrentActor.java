package org.factdesk.server.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.factdesk.server.problem.ProblemException;
import org.factdesk.workflow.user.Actor;
import org.factdesk.workflow.user.UserService;

/** The member of staff behind the current request, as the login found them. */
@RequestScoped
public class CurrentActor {
  @Inject HttpServletRequest request;
  @Inject UserService users;

  private Actor actor;

  public Actor get() {
    if (actor == null) {
      Object known = request.getAttribute(BasicAuthMechanism.ACTOR_ATTRIBUTE);
      if (known instanceof Actor a) {
        actor = a;
      } else if (request.getUserPrincipal() != null) {
        actor = users.actor(request.getUserPrincipal().getName()).orElse(null);
      }
      if (actor == null) {
        throw new ProblemException(401, "unauthorized", Map.of(), "Log in first");
      }
    }
    return actor;
  }
}
