package uk.assure.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

/** The rule that keeps SQL in persistence packages, shown to fail where it should. */
class SqlRuleTest {

  private static final JavaClasses FIXTURES =
      new ClassFileImporter().importPackages("uk.assure.architecture.sqlcheck");

  @Test
  void theRuleNamesAClassOutsidePersistenceThatUsesJdbcAndAllowsOneInside() {
    EvaluationResult result = ArchitectureTest.onlyPersistenceTouchesTheDatabase.evaluate(FIXTURES);

    assertThat(result.hasViolation()).isTrue();
    assertThat(result.getFailureReport().getDetails())
        .isNotEmpty()
        .allMatch(line -> line.contains("sqlcheck.StraySql"))
        .noneMatch(line -> line.contains("PlacedSql"));
  }
}
