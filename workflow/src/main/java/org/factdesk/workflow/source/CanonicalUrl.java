package org.factdesk.workflow.source;

import java.net.IDN;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdesk.workflow.common.ValidationException;

/**
 * The one spelling of a web address under which a source is registered, so that the same page
 * cited twice is one source. Rules: http and https only; scheme and host lower-cased (host in
 * ASCII/punycode); default ports (80, 443), user info and the fragment dropped; an empty path
 * becomes "/", dot segments removed; tracking parameters ({@code utm_*}, fbclid, gclid, dclid,
 * msclkid, mc_cid, mc_eid, yclid, igshid, _ga, _gl, _hsenc, _hsmi, mkt_tok, oly_*, vero_*, ref_src)
 * removed; the remaining query parameters sorted by name, then value (order carries no meaning for
 * the sites we cite, and sorting makes the unique index catch reorderings). Percent-encoding is
 * kept as sent: decoding could change what the server sees.
 */
public final class CanonicalUrl {
  public static final int MAX_LENGTH = 4000;
  private static final Set<String> TRACKING = Set.of("fbclid", "gclid", "dclid", "msclkid", "mc_cid", "mc_eid",
      "yclid", "igshid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "ref_src", "gbraid", "wbraid");

  private CanonicalUrl() {}

  public static String of(String raw) {
    if (raw == null || raw.isBlank()) {
      throw new ValidationException("url", "required", Map.of(), "a URL is required");
    }
    String s = raw.strip();
    if (s.length() > MAX_LENGTH) {
      throw new ValidationException("url", "tooLong", Map.of("max", MAX_LENGTH), "at most " + MAX_LENGTH + " characters");
    }
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      throw invalid(raw);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      throw invalid(raw);
    }
    String host = host(uri);
    if (host == null || host.isEmpty()) {
      throw invalid(raw);
    }
    int port = uri.getPort();
    if ((scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443)) {
      port = -1;
    }
    String path = uri.normalize().getRawPath();
    if (path == null || path.isEmpty()) {
      path = "/";
    }
    StringBuilder out = new StringBuilder(scheme).append("://").append(host);
    if (port != -1) {
      out.append(':').append(port);
    }
    out.append(path);
    String query = query(uri.getRawQuery());
    if (!query.isEmpty()) {
      out.append('?').append(query);
    }
    return out.toString();
  }

  private static String host(URI uri) {
    String host = uri.getHost();
    if (host == null && uri.getRawAuthority() != null) {
      // Non-ASCII host names: java.net.URI leaves them as a registry authority.
      String authority = uri.getRawAuthority();
      int at = authority.lastIndexOf('@');
      authority = at >= 0 ? authority.substring(at + 1) : authority;
      int colon = authority.lastIndexOf(':');
      host = colon >= 0 && !authority.endsWith("]") ? authority.substring(0, colon) : authority;
    }
    if (host == null) {
      return null;
    }
    try {
      host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED);
    } catch (IllegalArgumentException e) {
      return null;
    }
    host = host.toLowerCase(Locale.ROOT);
    return host.endsWith(".") ? host.substring(0, host.length() - 1) : host;
  }

  private static String query(String raw) {
    if (raw == null || raw.isEmpty()) {
      return "";
    }
    List<String[]> kept = new ArrayList<>();
    for (String pair : raw.split("&")) {
      if (pair.isEmpty()) {
        continue;
      }
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (tracking(name.toLowerCase(Locale.ROOT))) {
        continue;
      }
      kept.add(new String[] {name, eq < 0 ? null : pair.substring(eq + 1)});
    }
    kept.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1] == null ? "" : p[1]));
    StringBuilder sb = new StringBuilder();
    for (String[] p : kept) {
      if (sb.length() > 0) sb.append('&');
      sb.append(p[0]);
      if (p[1] != null) sb.append('=').append(p[1]);
    }
    return sb.toString();
  }

  static boolean tracking(String name) {
    return name.startsWith("utm_") || name.startsWith("oly_") || name.startsWith("vero_") || TRACKING.contains(name);
  }

  private static ValidationException invalid(String raw) {
    return new ValidationException("url", "webUrl", Map.of(), "\"" + raw + "\" is not an http or https URL");
  }
}
