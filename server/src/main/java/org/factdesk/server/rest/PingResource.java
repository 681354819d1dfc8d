package org.factdesk.server.rest;

import jakarta.annotation.Resource;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import javax.sql.DataSource;
import java.sql.Connection;

@Path("ping")
public class PingResource {
  @Resource(lookup = "jdbc/factdesk")
  DataSource ds;

  @GET
  @Produces("text/plain")
  public String ping() throws Exception {
    try (Connection c = ds.getConnection()) {
      return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getURL();
    }
  }
}
