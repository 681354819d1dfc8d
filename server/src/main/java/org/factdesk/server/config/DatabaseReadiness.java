package org.factdesk.server.config;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * /health/ready is DOWN while the database cannot be reached, so a load balancer sends requests to
 * another instance (or none) instead of collecting 503s; it comes back UP by itself.
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {
  @Resource(lookup = "jdbc/factdesk")
  DataSource dataSource;

  @Override
  public HealthCheckResponse call() {
    var response = HealthCheckResponse.named("database");
    try (Connection c = dataSource.getConnection()) {
      return response.status(c.isValid(2)).withData("product", c.getMetaData().getDatabaseProductName()).build();
    } catch (SQLException | RuntimeException e) {
      // No error text: /health is public, and the driver's message names hosts and accounts.
      return response.down().build();
    }
  }
}
