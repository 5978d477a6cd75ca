package org.ioedc.edc.schema;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnit;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema to the version this product needs before anything else uses the database: every
 * start-up bean that reads or writes data names this one in its {@code @DependsOn}. It runs in the
 * application rather than in the launcher so that a WAR deployed without the launcher migrates too.
 *
 * <p>The migrations run as the schema's owner (EDC_DB_MIGRATION_USER) over a connection of their own;
 * the application's pool connects as the application's role (EDC_DB_USER), which the migrations grant
 * what it needs and nothing more. Then the entities are compared with the migrated schema.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    static final String HISTORY_TABLE = "flyway_schema_history";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    @Inject
    @ConfigProperty(name = "edc.db.url")
    private String url;

    @Inject
    @ConfigProperty(name = "edc.db.user")
    private String applicationUser;

    @Inject
    @ConfigProperty(name = "edc.db.password")
    private String applicationPassword;

    @Inject
    @ConfigProperty(name = "edc.db.migration.user")
    private Optional<String> migrationUser;

    @Inject
    @ConfigProperty(name = "edc.db.migration.password")
    private Optional<String> migrationPassword;

    @PersistenceUnit(unitName = "edc")
    private EntityManagerFactory persistenceUnit;

    @Resource(lookup = "java:app/jdbc/edc")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        SchemaRoles roles = SchemaRoles.of(url, applicationUser, applicationPassword, migrationUser.orElse(null),
                migrationPassword.orElse(null));
        if (!roles.separate()) {
            LOG.warning("The application's database role " + roles.application() + " also owns the schema: it could "
                    + "disable or drop the audit trail's guard. Set EDC_DB_MIGRATION_USER and EDC_DB_MIGRATION_PASSWORD "
                    + "to a role of its own that owns the schema (docs/architecture.md)");
        }
        Flyway flyway = flyway(roles);
        try (Connection owner = flyway.getConfiguration().getDataSource().getConnection()) {
            SchemaOwnership.requireOwnedBy(owner, roles.owner(), owner.getCatalog());
            if (PreMigrationSchema.isPresent(owner)) {
                PreMigrationSchema.completeToVersion1(owner);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot prepare the database schema as " + roles.owner() + ": " + e.getMessage(), e);
        }
        MigrateResult result = flyway.migrate();
        LOG.info("Database schema at version " + flyway.info().current().getVersion() + " (migrations run at this start: "
                + result.migrationsExecuted + "; schema owner " + roles.owner() + ", application role " + roles.application() + ")");
        checkEntities();
    }

    private Flyway flyway(SchemaRoles roles) {
        return Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(roles.url(), roles.owner(), roles.ownerPassword())
                .locations("classpath:db/migration")
                .table(HISTORY_TABLE)
                .placeholders(Map.of("application_role", roles.application()))
                // A database from before the migrations holds the schema of version 1: record it, do not run it.
                .baselineOnMigrate(true)
                .baselineVersion("1")
                .baselineDescription("schema made before migrations")
                .load();
    }

    /** An entity changed without a migration fails the start here, not at the first save that uses it. */
    private void checkEntities() {
        try (Connection c = dataSource.getConnection()) {
            EntitySchema entities = EntitySchema.of(persistenceUnit);
            List<String> differences = entities.differencesFrom(c);
            if (!differences.isEmpty()) {
                throw new IllegalStateException("The entities do not match the migrated database schema; a migration "
                        + "is missing or wrong:\n  " + String.join("\n  ", differences));
            }
            LOG.info("The entities match the migrated schema (" + entities.extent() + ")");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot compare the entities with the database schema: " + e.getMessage(), e);
        }
    }
}
