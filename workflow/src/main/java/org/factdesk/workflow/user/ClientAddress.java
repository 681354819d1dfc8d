package org.factdesk.workflow.user;

import jakarta.enterprise.context.RequestScoped;

/**
 * The network address a request came from, set by the server at the start of each request so that
 * security events can say where they came from without the domain knowing HTTP.
 */
@RequestScoped
public class ClientAddress {
  private String address;

  public void set(String address) {
    this.address = address;
  }

  public String get() {
    return address;
  }
}
