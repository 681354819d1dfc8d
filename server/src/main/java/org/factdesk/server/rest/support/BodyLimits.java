package org.factdesk.server.rest.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Map;
import org.factdesk.server.problem.ProblemException;

/** Reads a request body up to a limit; past it, a 413 problem, whatever Content-Length claimed. */
public final class BodyLimits {
  /** Default limit for request bodies; set FACTDESK_MAX_BODY_BYTES to change it. */
  public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

  private BodyLimits() {}

  public static long maxBytes() {
    String configured = System.getenv("FACTDESK_MAX_BODY_BYTES");
    if (configured != null && configured.matches("\\d{1,12}")) {
      return Long.parseLong(configured);
    }
    return DEFAULT_MAX_BYTES;
  }

  public static byte[] read(InputStream in, long max) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[16 * 1024];
    long total = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      total += n;
      if (total > max) {
        throw tooLarge(max);
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }

  public static ProblemException tooLarge(long max) {
    return new ProblemException(413, "payloadTooLarge", Map.of("max", max),
        "The request body is larger than the limit of " + max + " bytes");
  }
}
