package org.factdesk.server.rest.support;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;
import java.util.regex.Pattern;
import org.factdesk.server.problem.ProblemException;

/**
 * Refuses a declared oversized body before anything reads it (the readers also count, for chunked
 * bodies). Evidence uploads have their own, larger limit. Any number of digits is compared, not only
 * those that fit a long: a 20-digit length once slipped past and left the reader waiting 15 s for a
 * body that never came.
 */
@Provider
@PreMatching
public class BodyLimitFilter implements ContainerRequestFilter {
  private static final Pattern DIGITS = Pattern.compile("\\d+");

  @Override
  public void filter(ContainerRequestContext request) {
    String length = request.getHeaderString(HttpHeaders.CONTENT_LENGTH);
    if (length == null) {
      return;
    }
    String declared = length.strip();
    if (!DIGITS.matcher(declared).matches()) {
      throw ProblemException.badRequest("badRequest", Map.of(), "Content-Length must be a number of bytes");
    }
    long max = BodyLimits.isUpload(request.getMethod(), request.getUriInfo().getPath())
        ? BodyLimits.maxUploadBytes() : BodyLimits.maxBytes();
    String significant = declared.replaceFirst("^0+(?=\\d)", "");
    if (significant.length() > 18 || Long.parseLong(significant) > max) {
      throw BodyLimits.tooLarge(max);
    }
  }
}
