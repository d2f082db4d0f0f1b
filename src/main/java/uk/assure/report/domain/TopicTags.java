package uk.assure.report.domain;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The fixed list of topics findings can be tagged with (waiting times, carers, ...), kept as data
 * in {@code report/topic-tags.csv} so that the list can change without code. The national picture
 * counts them across reports, so codes, once used, stay.
 */
public final class TopicTags {

  private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{0,39}");

  private final Map<String, String> labels;

  /** The tags by code, in the order they are offered, each with its label. */
  public TopicTags(Map<String, String> labels) {
    if (labels.isEmpty()) {
      throw new IllegalArgumentException("The topic list is empty");
    }
    labels.forEach(
        (code, label) -> {
          if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("Not a topic code: " + code);
          }
          if (Objects.requireNonNull(label, code).isBlank()) {
            throw new IllegalArgumentException("The topic " + code + " needs a label");
          }
        });
    this.labels = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(labels));
  }

  public List<String> codes() {
    return List.copyOf(labels.keySet());
  }

  public Map<String, String> labels() {
    return labels;
  }

  public boolean isKnown(String code) {
    return labels.containsKey(code);
  }

  public Optional<String> label(String code) {
    return Optional.ofNullable(labels.get(code));
  }
}
