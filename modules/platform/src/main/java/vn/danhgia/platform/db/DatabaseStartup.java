package vn.danhgia.platform.db;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import vn.danhgia.platform.security.AdminBootstrap;

/**
 * Migrates the database and creates the first administrator when the application starts.
 * The datasource is defined by the application; its URL and credentials come from the
 * environment of the server process ({@code DANHGIA_DB_URL}, {@code DANHGIA_DB_USER},
 * {@code DANHGIA_DB_PASSWORD}).
 */
@DataSourceDefinition(
        name = DatabaseStartup.DATASOURCE,
        className = "org.mariadb.jdbc.MariaDbDataSource",
        url = "${ENV=DANHGIA_DB_URL}",
        user = "${ENV=DANHGIA_DB_USER}",
        password = "${ENV=DANHGIA_DB_PASSWORD}",
        minPoolSize = 2,
        maxPoolSize = 32,
        properties = {
            // Validate connections so the pool recovers after the database restarts.
            "fish.payara.is-connection-validation-required=true",
            "fish.payara.connection-validation-method=custom-validation",
            "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.MySQLConnectionValidation",
            "fish.payara.fail-all-connections=true",
            "fish.payara.connection-creation-retry-attempts=0",
            "fish.payara.max-wait-time-in-millis=5000"
        })
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseStartup {

    public static final String DATASOURCE = "java:app/jdbc/danhgia";

    private static final Logger LOG = Logger.getLogger(DatabaseStartup.class.getName());

    @Resource(lookup = DATASOURCE)
    private DataSource dataSource;

    @EJB
    private AdminBootstrap adminBootstrap;

    @PostConstruct
    void start() {
        int applied = new ModuleMigrations(dataSource).migrateAll();
        LOG.info(() -> "DanhGia database ready; migrations applied now: " + applied);
        adminBootstrap.ensureAdministrator();
    }
}
