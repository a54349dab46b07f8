package vn.danhgia.platform.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ModuleMigrationsTest {

    @Test
    @DisplayName("Migrations run platform first, then organization, then the modules that read it")
    void order() {
        assertEquals(List.of("platform", "organization", "evaluation", "classification", "exam"),
                ModuleMigrations.MODULES.stream().map(ModuleMigrations.ModuleSchema::name).toList());
    }

    @Test
    @DisplayName("Each module's migrations are on the classpath under db/migration/<module> with its table prefix")
    void platformMigrationIsPackaged() {
        assertNotNull(getClass().getClassLoader().getResource("db/migration/platform/V1__users_roles_audit_rulepacks.sql"));
        ModuleMigrations.MODULES.forEach(m -> assertEquals(4, m.prefix().length(), m.name()));
    }
}
