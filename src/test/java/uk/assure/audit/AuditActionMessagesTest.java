package uk.assure.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import uk.assure.audit.domain.AuditAction;

/** The audit trail names every action in words, so a new action cannot show a raw key there. */
class AuditActionMessagesTest {

  @Test
  void everyAuditActionHasItsWords() throws IOException {
    Properties messages = new Properties();
    try (Reader in =
        Files.newBufferedReader(
            Path.of("src/main/resources/messages.properties"), StandardCharsets.UTF_8)) {
      messages.load(in);
    }

    assertThat(
            Arrays.stream(AuditAction.values())
                .map(action -> "audit.action." + action.code())
                .filter(key -> messages.getProperty(key, "").isBlank()))
        .as("audit actions without a message")
        .isEmpty();
  }
}
