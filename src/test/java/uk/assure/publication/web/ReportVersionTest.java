package uk.assure.publication.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ReportVersionTest {

  @Test
  void eachVersionFromTheFirstToTheLatestIsRead() {
    assertThat(ReportVersion.read("1", 3)).hasValue(1);
    assertThat(ReportVersion.read("3", 3)).hasValue(3);
  }

  @ParameterizedTest
  @ValueSource(strings = {"0", "4", "-1", "", "two", "1.0", "99999999999"})
  void anythingElseIsNoVersion(String typed) {
    assertThat(ReportVersion.read(typed, 3)).isEqualTo(OptionalInt.empty());
  }
}
