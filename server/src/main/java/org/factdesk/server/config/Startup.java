package org.factdesk.server.config;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.factdesk.i18n.LanguageTag;
import org.factdesk.server.config.migration.V13__Audit_chain;
import org.factdesk.workflow.user.Role;
import org.factdesk.workflow.user.UserService;
import org.flywaydb.core.Flyway;

/**
 * Runs once per server start, before the first request: brings the schema up to date (Flyway,
 * which locks the schema history so several instances can start together), creates the first
 * admin from configuration, and loads the demo staff and article in demo mode.
 */
@ApplicationScoped
public class Startup {
  private static final Logger LOG = Logger.getLogger(Startup.class.getName());

  @Resource(lookup = "jdbc/factdesk")
  DataSource dataSource;

  @Inject UserService users;
  @Inject DemoData demo;

  @Inject
  @ConfigProperty(name = "FACTDESK_DEMO")
  Optional<Boolean> demoSetting;

  @Inject
  @ConfigProperty(name = "FACTDESK_ADMIN_USER")
  Optional<String> adminUser;

  @Inject
  @ConfigProperty(name = "FACTDESK_ADMIN_PASSWORD")
  Optional<String> adminPassword;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    migrate();
    bootstrapAdmin();
    if (demoMode()) {
      demo.load();
    }
  }

  void migrate() {
    var result = Flyway.configure(Startup.class.getClassLoader())
        .dataSource(dataSource)
        // Liberty's class loader finds a resource folder only through a file in it: flyway.location
        // (in db/migration, and in Flyway's default db/callback, which is otherwise logged as an error).
        .locations("classpath:db/migration")
        // Registered by hand: the same class loader would not find Java migrations by scanning.
        .javaMigrations(new V13__Audit_chain())
        .load()
        .migrate();
    LOG.info("Database schema at version " + result.targetSchemaVersion + " (" + result.migrationsExecuted
        + " migrations applied now)");
  }

  private void bootstrapAdmin() {
    if (adminUser.isPresent() && adminPassword.isPresent() && !adminUser.get().isBlank()) {
      users.provision(adminUser.get().strip(), "Administrator", adminPassword.get(), Set.of(Role.ADMIN),
          Set.<LanguageTag>of());
      LOG.info("Administrator account " + adminUser.get().strip() + " is ready");
    } else if (users.count() == 0 && !demoMode()) {
      LOG.warning("There are no user accounts. Set FACTDESK_ADMIN_USER and FACTDESK_ADMIN_PASSWORD to create"
          + " the first administrator.");
    }
  }

  /** Demo data is on by default only with the embedded database; FACTDESK_DEMO overrides that. */
  boolean demoMode() {
    return demoSetting.orElseGet(this::embeddedDatabase);
  }

  private boolean embeddedDatabase() {
    try (Connection c = dataSource.getConnection()) {
      return "H2".equalsIgnoreCase(c.getMetaData().getDatabaseProductName());
    } catch (SQLException e) {
      return false;
    }
  }
}
