package org.factdesk.server;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The WAR as Maven built it: tests exercise exactly what ships. */
final class Deployments {
  private Deployments() {}

  static WebArchive factdesk() {
    return ShrinkWrap.createFromZipFile(WebArchive.class, new File(System.getProperty("factdesk.war")));
  }
}
