package vn.danhgia.platform.db;

import java.util.List;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Runs the Flyway migrations of each module in dependency order. Every module owns its
 * migrations ({@code db/migration/<module>/}) and its own history table, so modules version
 * their schemas independently (ARCHITECTURE.md house rule 2).
 */
public final class ModuleMigrations {

    /** Module name and table prefix, in the order their schemas depend on each other. */
    public static final List<ModuleSchema> MODULES = List.of(
            new ModuleSchema("platform", "plt_"),
            new ModuleSchema("organization", "org_"),
            new ModuleSchema("evaluation", "eva_"),
            new ModuleSchema("classification", "cls_"),
            new ModuleSchema("exam", "exm_"));

    private final DataSource dataSource;

    public ModuleMigrations(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Applies pending migrations of every module; returns how many were applied. */
    public int migrateAll() {
        int applied = 0;
        for (ModuleSchema module : MODULES) {
            applied += flywayFor(module).migrate().migrationsExecuted;
        }
        return applied;
    }

    private Flyway flywayFor(ModuleSchema module) {
        return Flyway.configure(ModuleMigrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:db/migration/" + module.name())
                .table(module.prefix() + "schema_history")
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .failOnMissingLocations(false)
                .load();
    }

    public record ModuleSchema(String name, String prefix) {
    }
}
