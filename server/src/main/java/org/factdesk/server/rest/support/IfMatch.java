package org.factdesk.server.rest.support;

import java.util.Map;
import java.util.function.LongSupplier;
import org.factdesk.server.problem.ProblemException;

/**
 * Strong ETags of versioned resources are the version number in quotes ({@code "7"}). Updates must
 * send it back in If-Match: missing is 428, anything else that does not match is 412.
 */
public final class IfMatch {
  private IfMatch() {}

  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /** The version the caller last saw; {@code *} means "whatever is current". */
  public static long expectedVersion(String header, LongSupplier current) {
    if (header == null || header.isBlank()) {
      throw new ProblemException(428, "preconditionRequired", Map.of(),
          "Send the ETag you last read in an If-Match header, so that concurrent edits are not lost");
    }
    String value = header.strip();
    if (value.equals("*")) {
      return current.getAsLong();
    }
    for (String candidate : value.split(",")) {
      String tag = candidate.strip();
      if (tag.matches("\"\\d{1,18}\"")) {
        return Long.parseLong(tag.substring(1, tag.length() - 1));
      }
    }
    throw new ProblemException(412, "stale", Map.of("what", "resource", "id", "", "expected", value, "actual",
        current.getAsLong()), "If-Match " + value + " does not match the current ETag");
  }
}
