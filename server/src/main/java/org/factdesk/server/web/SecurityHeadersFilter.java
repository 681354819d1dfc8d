package org.factdesk.server.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@link SecurityHeaders} on every response of this application that passes the filter chain (the
 * web interface, the API, and error pages). Liberty's own /openapi/ui is another application and
 * keeps its own.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true,
    dispatcherTypes = {DispatcherType.REQUEST, DispatcherType.FORWARD, DispatcherType.ERROR, DispatcherType.ASYNC})
public class SecurityHeadersFilter extends HttpFilter {
  @Override
  protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    SecurityHeaders.apply(request, response);
    chain.doFilter(request, response);
  }
}
