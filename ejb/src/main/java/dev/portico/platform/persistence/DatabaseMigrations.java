package dev.portico.platform.persistence;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the schema up to date before anything else in the application touches the database.
 * Beans that read tables at start-up declare {@code @DependsOn("DatabaseMigrations")}.
 */
@Singleton(name = "DatabaseMigrations")
@Startup
// Flyway manages its own transactions; MariaDB refuses DDL inside an XA transaction.
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class DatabaseMigrations {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrations.class.getName());

    @Resource(lookup = "java:jboss/datasources/PorticoDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        MigrateResult result = Flyway.configure(DatabaseMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations().toArray(String[]::new))
                .load()
                .migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + ", "
                + result.migrationsExecuted + " migration(s) applied");
    }

    /** Demo data is opt-out so that {@code ./portal up} shows a populated portal; production sets it to false. */
    static List<String> locations() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (!"false".equalsIgnoreCase(System.getenv().getOrDefault("PORTICO_DEMO_DATA", "true"))) {
            locations.add("classpath:db/demo");
        }
        return locations;
    }
}
