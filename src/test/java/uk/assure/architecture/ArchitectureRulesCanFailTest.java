package uk.assure.architecture;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of {@link ArchitectureTest} checked against small examples, so that a rule
 * which stopped finding anything would be noticed: each finds the fault it is for and passes code
 * without it.
 */
class ArchitectureRulesCanFailTest {

  private static final String CYCLIC = "uk.assure.architecture.examples.cyclic";
  private static final String ONE_WAY = "uk.assure.architecture.examples.oneway";

  private static JavaClasses classes(String root) {
    return new ClassFileImporter().importPackages(root);
  }

  @Test
  void theCycleRuleFindsTwoFeaturesThatUseEachOther() {
    assertThatThrownBy(
            () -> ArchitectureTest.featuresDependOneWayUnder(CYCLIC).check(classes(CYCLIC)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("Cycle detected: Slice lower")
        .hasMessageContaining("Slice upper");
  }

  @Test
  void theCycleRulePassesFeaturesThatDependOneWay() {
    assertThatCode(
            () -> ArchitectureTest.featuresDependOneWayUnder(ONE_WAY).check(classes(ONE_WAY)))
        .doesNotThrowAnyException();
  }

  @Test
  void theDomainRuleFindsADomainClassUsingItsFeaturesService() {
    assertThatThrownBy(
            () -> ArchitectureTest.domainsDependOnlyOnDomainsAndTheJdk.check(classes(CYCLIC)))
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("ImpureValue")
        .hasMessageContaining("examples.cyclic.lower.Lower");
  }

  @Test
  void theDomainRulePassesADomainOfPlainJava() {
    assertThatCode(
            () -> ArchitectureTest.domainsDependOnlyOnDomainsAndTheJdk.check(classes(ONE_WAY)))
        .doesNotThrowAnyException();
  }
}
