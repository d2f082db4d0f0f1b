package uk.assure.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shape the codebase promises: domains that are plain Java, and thin web layers. */
@AnalyzeClasses(packages = "uk.assure", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule domainsAreFreeOfSpringAndPersistence =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage(
              "org.springframework..", "java.sql..", "javax.sql..", "jakarta..", "tools.jackson..")
          .because("domain rules must be testable without a framework or a database");

  @ArchTest
  static final ArchRule domainsDoNotReadTheClock =
      noClasses()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .callMethod(java.time.LocalDate.class, "now")
          .orShould()
          .callMethod(java.time.Instant.class, "now")
          .orShould()
          .callMethod(java.time.LocalDateTime.class, "now")
          .because("domain code takes the time from an injected Clock");

  @ArchTest
  static final ArchRule webControllersDoNotTouchTheDatabase =
      noClasses()
          .that()
          .resideInAnyPackage("..web..", "..api..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework.jdbc..", "java.sql..")
          .because("controllers stay thin and go through the feature's services");

  @ArchTest static final ArchRule featuresDependOneWay = featuresDependOneWayUnder("uk.assure");

  /** No cycles between the packages directly under the root, each with all its sub-packages. */
  static ArchRule featuresDependOneWayUnder(String root) {
    return slices()
        .matching(root + ".(*)..")
        .should()
        .beFreeOfCycles()
        .because("features are layered (docs/architecture.md), each depending only on those below");
  }

  @ArchTest
  static final ArchRule domainsDependOnlyOnDomainsAndTheJdk =
      classes()
          .that()
          .resideInAPackage("..domain..")
          .should()
          .onlyDependOnClassesThat()
          .resideInAnyPackage("..domain..", "java..", "com.github.difflib..")
          .because(
              "domain rules are plain Java that any feature can reuse without its services (the"
                  + " word diff behind factcheck.domain.ChangeLog is a pure algorithm, allowed by"
                  + " name)");

  @ArchTest
  static final ArchRule onlyPersistenceTouchesTheDatabase =
      noClasses()
          .that()
          .resideOutsideOfPackages("..persistence..", "uk.assure.config..", "db.migration..")
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
          .because("SQL lives in each feature's persistence package, behind a *Records interface");

  @ArchTest
  static final ArchRule storageIsNamedOneWay =
      noClasses()
          .should()
          .haveSimpleNameEndingWith("Repository")
          .because(
              "a feature's storage interface is named *Records and its SQL implementation"
                  + " Jdbc*Records, so a newcomer finds them by one name");
}
