package org.factdesk.server.rest.support;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import org.factdesk.workflow.user.ClientAddress;

/**
 * Tells the domain where a request came from, for its security events. The address is the
 * connection's (a proxy in front should be trusted to pass the client's address as the remote one).
 */
@Provider
@PreMatching
public class ClientAddressFilter implements ContainerRequestFilter {
  @Context HttpServletRequest request;
  @Inject ClientAddress address;

  @Override
  public void filter(ContainerRequestContext context) {
    address.set(request.getRemoteAddr());
  }
}
