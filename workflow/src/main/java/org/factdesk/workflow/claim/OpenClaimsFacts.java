package org.factdesk.workflow.claim;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.factdesk.workflow.editorial.FactSource;
import org.factdesk.workflow.editorial.OpenClaims;

/** Supplies the fact-check guard (AllClaimsResolved) with the claims that keep an article in fact-check. */
@ApplicationScoped
public class OpenClaimsFacts implements FactSource<OpenClaims> {
  @Inject ClaimQueries claims;

  @Override
  public Class<OpenClaims> type() {
    return OpenClaims.class;
  }

  @Override
  public OpenClaims gather(long articleId, int currentRevision) {
    return claims.openClaims(articleId, currentRevision);
  }
}
