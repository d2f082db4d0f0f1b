package uk.assure.indicator.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.assure.indicator.importing.IndicatorRow.Status;

class MarkersTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "83|83",
        "83.0|83.0",
        "-2.5|-2.5",
        ".5|0.5",
        "7.|7",
        "1,234|1234",
        "12.5%|12.5",
        " 42 |42",
        "1e3|1000"
      })
  void readsNumbersAsPublished(String text, String expected) {
    Markers.Figure figure = Markers.read(text).orElseThrow();

    assertThat(figure.status()).isEqualTo(Status.AVAILABLE);
    assertThat(figure.value()).isEqualByComparingTo(new BigDecimal(expected));
  }

  @ParameterizedTest
  @ValueSource(strings = {"c", "C", "[c]", "*"})
  void keepsSuppressedFiguresAsSuppressedNeverZero(String text) {
    assertThat(Markers.read(text)).contains(new Markers.Figure(Status.SUPPRESSED, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {":", "x", "[x]", "[z]", "", "  ", "-", ".."})
  void keepsMissingFiguresAsNotAvailable(String text) {
    assertThat(Markers.read(text)).contains(new Markers.Figure(Status.NOT_AVAILABLE, null));
  }

  @ParameterizedTest
  @ValueSource(strings = {"eighty", "1O", "1.2.3", "--1", "4-", "."})
  void refusesTextThatIsNeitherANumberNorAMarker(String text) {
    assertThat(Markers.read(text)).isEmpty();
  }

  @Test
  void readsNothingAsNotAvailable() {
    assertThat(Markers.read(null)).contains(new Markers.Figure(Status.NOT_AVAILABLE, null));
  }
}
