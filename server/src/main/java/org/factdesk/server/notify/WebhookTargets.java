package org.factdesk.server.notify;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;

/**
 * Which webhook URLs may be called (SSRF): http or https with a host whose every address is public.
 * Loopback, private, link-local, unique-local, carrier-grade NAT and unspecified addresses are refused
 * unless {@code allowPrivate} (FACTDESK_WEBHOOK_ALLOW_PRIVATE) says so. Checked when a webhook is
 * registered and again before each attempt, since a name may resolve elsewhere later.
 */
public final class WebhookTargets {
  private WebhookTargets() {}

  /** Why the URL is refused, or null if it may be called. */
  public static String refusal(String url, boolean allowPrivate) {
    URI uri;
    try {
      uri = new URI(url);
    } catch (java.net.URISyntaxException e) {
      return "not a URL";
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(java.util.Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https")) {
      return "only http and https URLs";
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      return "a host name and no credentials in the URL";
    }
    if (allowPrivate) {
      return null;
    }
    try {
      for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
        if (!isPublic(address)) {
          return "the host resolves to a private or loopback address (" + address.getHostAddress() + ")";
        }
      }
    } catch (UnknownHostException e) {
      return "the host name does not resolve";
    }
    return null;
  }

  static boolean isPublic(InetAddress a) {
    if (a.isLoopbackAddress() || a.isAnyLocalAddress() || a.isLinkLocalAddress() || a.isSiteLocalAddress()
        || a.isMulticastAddress()) {
      return false;
    }
    byte[] b = a.getAddress();
    if (b.length == 4) {
      int first = b[0] & 0xff;
      int second = b[1] & 0xff;
      // 100.64.0.0/10 (carrier-grade NAT), 0.0.0.0/8, 192.0.0.0/24, 198.18.0.0/15 (benchmarking).
      return !(first == 100 && second >= 64 && second < 128) && first != 0
          && !(first == 192 && second == 0 && (b[2] & 0xff) == 0) && !(first == 198 && (second == 18 || second == 19));
    }
    // fc00::/7 (unique local); IPv4-mapped addresses are checked as IPv4.
    if ((b[0] & 0xfe) == 0xfc) {
      return false;
    }
    boolean mapped = true;
    for (int i = 0; i < 10; i++) {
      mapped &= b[i] == 0;
    }
    if (mapped && (b[10] & 0xff) == 0xff && (b[11] & 0xff) == 0xff) {
      try {
        return isPublic(InetAddress.getByAddress(new byte[] {b[12], b[13], b[14], b[15]}));
      } catch (UnknownHostException e) {
        return false;
      }
    }
    return true;
  }
}
