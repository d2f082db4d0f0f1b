package uk.assure.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A council belongs to one test class: a second class's claim fails, naming both. */
class CouncilClaimsTest {

  /** Two stand-ins for test classes. */
  private static final class FirstTest {}

  private static final class SecondTest {}

  @Test
  void aSecondClassClaimingACouncilFailsNamingBothClasses() {
    Councils.Claims claims = new Councils.Claims();
    claims.claim(FirstTest.class, "E09000007");

    assertThatThrownBy(() -> claims.claim(SecondTest.class, "E09000007"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("E09000007")
        .hasMessageContaining(FirstTest.class.getName())
        .hasMessageContaining(SecondTest.class.getName());
    assertThat(claims.claimedByOthers(SecondTest.class)).containsExactly("E09000007");
  }

  @Test
  void theSameClassMayClaimItsCouncilAgainAndOthersTheirOwn() {
    Councils.Claims claims = new Councils.Claims();

    assertThat(claims.claim(FirstTest.class, "E09000007")).isEqualTo("E09000007");
    assertThat(claims.claim(FirstTest.class, "E09000007")).isEqualTo("E09000007");
    assertThat(claims.claim(SecondTest.class, "E09000012")).isEqualTo("E09000012");
    assertThat(claims.claimedByOthers(FirstTest.class)).containsExactly("E09000012");
  }

  @Test
  void aClaimIsAGssCode() {
    assertThatThrownBy(() -> new Councils.Claims().claim(FirstTest.class, "Camden"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void noTwoTestClassesInTheSuiteClaimTheSameCouncil() {
    assertThat(Councils.claimingClasses())
        .as("the test classes that claim councils are found")
        .contains("uk.assure.publication.PublicationWorkflowTest");

    assertThatCode(Councils::loadEveryClaim).doesNotThrowAnyException();
  }
}
