package vn.danhgia.systemtests.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** The module rules of ARCHITECTURE.md (house rule 1), as ArchUnit rules. */
public final class ModuleBoundaries {

    /** The domain modules: each owns its packages under {@code vn.danhgia.<module>}. */
    public static final List<String> DOMAIN_MODULES = List.of("organization", "evaluation", "classification", "exam");

    private ModuleBoundaries() {
    }

    /** Outside its own module, a domain module is reached only through its {@code api} package. */
    public static ArchRule onlyApiCrossesModules(String module) {
        String base = "vn.danhgia." + module;
        return noClasses()
                .that().resideOutsideOfPackage(base + "..")
                .should().dependOnClassesThat(insideButNotApi(base))
                .as("outside the " + module + " module only " + base + ".api is used")
                .because("ARCHITECTURE.md house rule 1: modules meet through their api package only");
    }

    /** The shared kernel and the reports know no domain module and no screen. */
    public static final ArchRule PLATFORM_IS_INDEPENDENT = noClasses()
            .that().resideInAnyPackage("vn.danhgia.platform..", "vn.danhgia.reports..")
            .should().dependOnClassesThat().resideInAnyPackage("vn.danhgia.organization..", "vn.danhgia.evaluation..",
                    "vn.danhgia.classification..", "vn.danhgia.exam..", "vn.danhgia.web..")
            .because("ARCHITECTURE.md: platform and reports are the bottom layer");

    /** No domain module depends on the web layer. */
    public static final ArchRule NOTHING_DEPENDS_ON_WEB = noClasses()
            .that().resideOutsideOfPackage("vn.danhgia.web..")
            .should().dependOnClassesThat().resideInAPackage("vn.danhgia.web..");

    /** Rules are plain Java: in {@code domain}, only entities may use Jakarta APIs (house rule 3). */
    public static final ArchRule RULES_ARE_PLAIN_JAVA = noClasses()
            .that().resideInAPackage("vn.danhgia..domain..")
            .and().areNotAnnotatedWith("jakarta.persistence.Entity")
            .should().dependOnClassesThat().resideInAPackage("jakarta..")
            .because("ARCHITECTURE.md house rule 3: rules are unit-tested without a container");

    /** Modules form no cycle. */
    public static final ArchRule NO_CYCLES = slices().matching("vn.danhgia.(*)..").should().beFreeOfCycles();

    private static DescribedPredicate<JavaClass> insideButNotApi(String base) {
        return DescribedPredicate.describe("classes of " + base + " outside its api package",
                c -> c.getPackageName().startsWith(base + ".") && !c.getPackageName().startsWith(base + ".api"));
    }
}
