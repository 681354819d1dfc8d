package org.factdesk.server.rest.support;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.Set;
import org.factdesk.server.problem.ProblemException;

/**
 * Refuses a state-changing API request that a browser marks as sent from another site
 * ({@code Sec-Fetch-Site: cross-site} or {@code same-site}): OWASP ASVS 4.2.2. The web interface
 * sends its token in a header, which another site cannot make a browser send; but a browser that
 * once answered the server's own login box keeps sending those HTTP Basic credentials, to form posts
 * from any site too, and text/plain imports and snapshot uploads need no preflight. Clients other
 * than browsers send no such header and are not affected; reads are never refused.
 */
@Provider
@PreMatching
public class CrossSiteFilter implements ContainerRequestFilter {
  private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");
  private static final Set<String> OWN = Set.of("same-origin", "none");

  @Override
  public void filter(ContainerRequestContext request) {
    String site = request.getHeaderString("Sec-Fetch-Site");
    if (site != null && !SAFE.contains(request.getMethod()) && !OWN.contains(site.strip().toLowerCase(java.util.Locale.ROOT))) {
      throw new ProblemException(403, "crossSite", Map.of(),
          "This change was sent from another site; make it from Factdesk itself");
    }
  }
}
