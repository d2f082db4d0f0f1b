package uk.assure.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.assure.rating.domain.PublishedRatingRules;

class FrameworkConfigurationTest {

  private final FrameworkConfiguration configuration = new FrameworkConfiguration();

  @Test
  void withNoFileSetTheShippedFrameworkIsUsed() {
    assertThat(configuration.framework("", PublishedRatingRules.RULES))
        .isSameAs(FrameworkFile.bundled(PublishedRatingRules.RULES));
  }

  @Test
  void aRevisedFileIsUsedWhenSet() {
    assertThat(
            configuration
                .framework("src/test/resources/framework/revised.yaml", PublishedRatingRules.RULES)
                .version())
        .isEqualTo("2026-01");
  }

  @Test
  void aBadFileStopsStartUpWithEveryProblemListed(@TempDir Path directory) throws Exception {
    Path file =
        Files.writeString(
            directory.resolve("framework.yaml"),
            FrameworkFileFixture.bundled()
                .replacing("code: QS2", "code: QS1")
                .replacing("rating: good", "rating: fine")
                .text());

    assertThatThrownBy(() -> configuration.framework(file.toString(), PublishedRatingRules.RULES))
        .isInstanceOf(InvalidFrameworkFileException.class)
        .hasMessageStartingWith(
            "The framework file " + file + " cannot be used: it has 3 problems:")
        .hasMessageContaining("QS1 is used by an earlier statement too")
        .hasMessageContaining("'fine' is not a rating")
        .hasMessageContaining("the band for good is missing");
  }
}
