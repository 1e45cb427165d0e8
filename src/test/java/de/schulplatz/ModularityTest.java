package de.schulplatz;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Top-level packages are modules: no cycles, no reaching into another module's internals. */
class ModularityTest {

    @Test
    void modulesRespectTheirBoundaries() {
        ApplicationModules.of(SchulplatzApplication.class).verify();
    }

    /** The workspace and the REST API are two edges over the same services; neither is the other's service layer. */
    @Test
    void workspaceAndApiDoNotUseEachOther() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.schulplatz");
        ArchRuleDefinition.noClasses().that().resideInAPackage("de.schulplatz.web..").should().dependOnClassesThat()
                .resideInAPackage("de.schulplatz.api..").check(classes);
        ArchRuleDefinition.noClasses().that().resideInAPackage("de.schulplatz.api..").should().dependOnClassesThat()
                .resideInAPackage("de.schulplatz.web..").check(classes);
    }

    @Test
    void solverDomainKnowsNothingOfSpringOrJdbc() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("de.schulplatz.planning.domain", "de.schulplatz.planning.solver",
                        "de.schulplatz.planning.flow");
        ArchRuleDefinition.noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "java.sql..", "javax.sql..")
                .check(classes);
    }
}
