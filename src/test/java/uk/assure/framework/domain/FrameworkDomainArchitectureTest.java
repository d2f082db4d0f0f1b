package uk.assure.framework.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class FrameworkDomainArchitectureTest {

  private static final JavaClasses ASSURE =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.assure.framework", "uk.assure.rating");

  @Test
  void theFrameworkDomainIsPlainJavaWithoutSpringOrYaml() {
    noClasses()
        .that()
        .resideInAPackage("uk.assure.framework.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..", "org.yaml..", "jakarta..", "java.sql..")
        .check(ASSURE);
  }

  @Test
  void theFrameworkDoesNotDependOnTheRatingRulesWhichDependOnIt() {
    noClasses()
        .that()
        .resideInAPackage("uk.assure.framework..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("uk.assure.rating..")
        .check(ASSURE);
  }

  @Test
  void theFrameworkCommandStartsNoSpring() {
    noClasses()
        .that()
        .haveSimpleNameEndingWith("FrameworkCommand")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..")
        .check(ASSURE);
  }
}
