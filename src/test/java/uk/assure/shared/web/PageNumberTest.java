package uk.assure.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PageNumberTest {

  @ParameterizedTest
  @CsvSource({"1,1", "7,7", "999999,999999", "0,1", "'',1", "-2,1", "two,1", "1234567,1", "3.5,1"})
  void aPageNumberIsReadOrTheFirstPageIsShown(String typed, int page) {
    assertThat(PageNumber.read(typed)).isEqualTo(page);
  }
}
