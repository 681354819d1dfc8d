package org.factdesk.server;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The module boundaries of docs/decisions/0001 and the package layering of 0014, checked on the
 * compiled classes of every module.
 */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.factdesk");
  }

  @Test
  void theDomainKnowsNothingOfHttpOrPdf() {
    noClasses().that().resideInAPackage("org.factdesk.workflow..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.apache.pdfbox..",
            "jakarta.servlet..", "org.factdesk.server..", "org.factdesk.exports..")
        .check(classes);
  }

  @Test
  void exportsKnowNothingOfPersistenceHttpOrTheDomain() {
    noClasses().that().resideInAPackage("org.factdesk.exports..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.ws.rs..",
            "org.factdesk.workflow..", "org.factdesk.server..")
        .allowEmptyShould(true)
        .check(classes);
  }

  @Test
  void i18nDependsOnNoOtherModule() {
    noClasses().that().resideInAPackage("org.factdesk.i18n..")
        .should().dependOnClassesThat().resideInAnyPackage("org.factdesk.workflow..", "org.factdesk.exports..",
            "org.factdesk.server..", "jakarta.persistence..", "jakarta.ws.rs..")
        .check(classes);
  }

  @Test
  void resourcesNeverTouchTheEntityManagerOrTransactions() {
    noClasses().that().resideInAPackage("org.factdesk.server.rest..").and().haveSimpleNameEndingWith("Resource")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.transaction..")
        .check(classes);
  }

  @Test
  void theStateMachineIsPure() {
    noClasses().that().resideInAPackage("org.factdesk.workflow.editorial..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.enterprise..",
            "jakarta.transaction..")
        .check(classes);
  }

  @Test
  void theAccessPolicyIsPure() {
    noClasses().that().resideInAPackage("org.factdesk.workflow.access..")
        .should().dependOnClassesThat().resideInAnyPackage("jakarta.persistence..", "jakarta.enterprise..",
            "jakarta.transaction..")
        .check(classes);
  }

  @Test
  void workflowPackagesAreFreeOfCycles() {
    slices().matching("org.factdesk.workflow.(*)..").should().beFreeOfCycles().check(classes);
  }

  @Test
  void serverFeaturePackagesAreFreeOfCycles() {
    slices().matching("org.factdesk.server.(*)..").should().beFreeOfCycles().check(classes);
  }
}
