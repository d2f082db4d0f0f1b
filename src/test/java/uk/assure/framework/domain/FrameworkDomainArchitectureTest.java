package uk.assure.framework.domain;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class FrameworkDomainArchitectureTest {

  private static final JavaClasses FRAMEWORK =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("uk.assure.framework");

  @Test
  void theFrameworkDomainIsPlainJavaWithoutSpringYamlOrTheRatingRules() {
    noClasses()
        .that()
        .resideInAPackage("uk.assure.framework.domain..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "org.springframework..", "org.yaml..", "jakarta..", "java.sql..", "uk.assure.rating..")
        .check(FRAMEWORK);
  }

  @Test
  void theFrameworkCommandStartsNoSpring() {
    noClasses()
        .that()
        .resideInAPackage("uk.assure.framework.cli..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage("org.springframework..")
        .check(FRAMEWORK);
  }
}
