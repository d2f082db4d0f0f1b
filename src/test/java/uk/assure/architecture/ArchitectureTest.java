package uk.assure.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.util.Set;

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

  /**
   * TEMPORARY: classes whose SQL is moved into a persistence package on other branches of the same
   * change. Delete this set, and its use in the rule below, once those branches are merged.
   */
  private static final Set<String> SQL_NOT_YET_IN_PERSISTENCE =
      Set.of("uk.assure.assessment.IndicatorEvidence");

  @ArchTest
  static final ArchRule onlyPersistenceTouchesTheDatabase =
      noClasses()
          .that()
          .resideOutsideOfPackages("..persistence..", "uk.assure.config..", "db.migration..")
          .and(
              DescribedPredicate.describe(
                  "are not one of the temporary exceptions " + SQL_NOT_YET_IN_PERSISTENCE,
                  (JavaClass c) ->
                      !SQL_NOT_YET_IN_PERSISTENCE.contains(c.getName().split("\\$")[0])))
          .should()
          .dependOnClassesThat()
          .resideInAnyPackage("org.springframework.jdbc..", "java.sql..", "javax.sql..")
          .because("SQL lives in each feature's persistence package, behind a *Records interface");
}
