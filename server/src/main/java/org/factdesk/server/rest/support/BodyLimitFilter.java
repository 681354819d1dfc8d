package org.factdesk.server.rest.support;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;

/**
 * Refuses a declared oversized body before anything reads it (the readers also count, for chunked
 * bodies). Evidence uploads have their own, larger limit.
 */
@Provider
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter {
  @Override
  public void filter(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length != null && length.matches("\\d{1,19}")) {
      long max = BodyLimits.isUpload(request.getMethod(), request.getUriInfo().getPath())
          ? BodyLimits.maxUploadBytes() : BodyLimits.maxBytes();
      if (Long.parseLong(length) > max) {
        throw BodyLimits.tooLarge(max);
      }
    }
  }
}
