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

  /** Default limit for evidence uploads; set FACTDESK_MAX_UPLOAD_BYTES to change it. */
  public static final long DEFAULT_MAX_UPLOAD_BYTES = 20L * 1024 * 1024;
  private static final java.util.regex.Pattern UPLOAD = java.util.regex.Pattern.compile("/?sources/\\d+/snapshots/?");

  private BodyLimits() {}

  public static long maxUploadBytes() {
    String configured = System.getenv("FACTDESK_MAX_UPLOAD_BYTES");
    if (configured != null && configured.matches("\\d{1,12}")) {
      return Long.parseLong(configured);
    }
    return DEFAULT_MAX_UPLOAD_BYTES;
  }

  /** Whether this request uploads an evidence snapshot (streamed to disk, not read into memory). */
  public static boolean isUpload(String method, String path) {
    return "POST".equals(method) && path != null && UPLOAD.matcher(path).matches();
  }

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
