package org.factdesk.server.config;

import java.net.InetAddress;
import java.util.UUID;

/** A name for this JVM in lease columns: the host and a random suffix, at most 64 characters. */
public final class InstanceName {
  private InstanceName() {}

  public static String create() {
    String host;
    try {
      host = InetAddress.getLocalHost().getHostName();
    } catch (java.io.IOException e) {
      host = "instance";
    }
    String name = host + "-" + UUID.randomUUID().toString().substring(0, 8);
    return name.length() <= 64 ? name : name.substring(name.length() - 64);
  }
}
