package vn.danhgia.systemtests.architecture;

import static org.junit.jupiter.api.Assertions.assertThrows;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
import org.junit.jupiter.api.Test;
import vn.danhgia.evaluation.application.ForbiddenDependencyFixture;
import vn.danhgia.organization.domain.Unit;

/** Module boundaries of ARCHITECTURE.md, checked on the compiled classes of every module. */
class ArchitectureTest {

    private static JavaClasses production;

    @BeforeAll
    static void importClasses() {
        production = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("vn.danhgia");
    }

    static final java.util.List<String> modules = ModuleBoundaries.DOMAIN_MODULES;

    @ParameterizedTest(name = "only the api package of {0} is used outside it")
    @FieldSource("modules")
    void onlyApiCrossesModules(String module) {
        ModuleBoundaries.onlyApiCrossesModules(module).check(production);
    }

    @Test
    @DisplayName("platform and reports depend on no domain module and no screen")
    void platformIsIndependent() {
        ModuleBoundaries.PLATFORM_IS_INDEPENDENT.check(production);
    }

    @Test
    @DisplayName("nothing depends on the web layer")
    void nothingDependsOnWeb() {
        ModuleBoundaries.NOTHING_DEPENDS_ON_WEB.check(production);
    }

    @Test
    @DisplayName("rules in domain packages are plain Java (only entities use Jakarta)")
    void rulesArePlainJava() {
        ModuleBoundaries.RULES_ARE_PLAIN_JAVA.check(production);
    }

    @Test
    @DisplayName("modules form no dependency cycle")
    void noCycles() {
        ModuleBoundaries.NO_CYCLES.check(production);
    }

    @Test
    @DisplayName("the boundary rule catches an evaluation class that uses an organization entity")
    void forbiddenDependencyIsCaught() {
        JavaClasses withViolation = new ClassFileImporter().importClasses(ForbiddenDependencyFixture.class, Unit.class);
        assertThrows(AssertionError.class,
                () -> ModuleBoundaries.onlyApiCrossesModules("organization").check(withViolation));
    }
}
