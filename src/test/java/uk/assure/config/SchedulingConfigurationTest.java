package uk.assure.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.env.Environment;
import org.springframework.scheduling.config.ScheduledTaskHolder;

/** Background jobs run whatever the mail settings, since reading documents needs no email. */
@Tag("database")
@SpringBootTest
class SchedulingConfigurationTest {

  @Autowired ObjectProvider<ScheduledTaskHolder> holders;
  @Autowired Environment environment;

  @Test
  void theDocumentReaderIsScheduledWithoutAnyMailSettings() {
    assertThat(environment.containsProperty("spring.mail.host")).isFalse();
    List<String> tasks =
        holders.stream()
            .flatMap(holder -> holder.getScheduledTasks().stream())
            .map(task -> task.getTask().toString())
            .toList();
    assertThat(tasks).anyMatch(task -> task.contains("ExtractionWorker.extractWaiting"));
  }
}
