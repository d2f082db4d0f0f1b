package uk.assure.inforeturn.domain;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every version of the answers to an assessment's requests, and the one place that says which of
 * them is current: the highest version given to a request. The evidence a request counts as, its
 * completeness, its burden and the version a person must have seen to answer again all read the
 * current answer from here.
 */
public final class AnswerHistory {

  private final Map<String, List<Answer>> versions;

  private AnswerHistory(Map<String, List<Answer>> versions) {
    this.versions = versions;
  }

  /** The history of these answers, given in any order. */
  public static AnswerHistory of(List<Answer> answers) {
    Map<String, List<Answer>> byItem = new LinkedHashMap<>();
    for (Answer answer : answers) {
      byItem.computeIfAbsent(answer.itemCode(), k -> new ArrayList<>()).add(answer);
    }
    Map<String, List<Answer>> sorted = new LinkedHashMap<>();
    byItem.forEach(
        (code, list) -> {
          list.sort(Comparator.comparingInt(Answer::version));
          sorted.put(code, List.copyOf(list));
        });
    return new AnswerHistory(Collections.unmodifiableMap(sorted));
  }

  /** Each answered request's versions, oldest first, by request code. */
  public Map<String, List<Answer>> byItem() {
    return versions;
  }

  /** The current answer to a request, if it has one. */
  public Optional<Answer> current(String itemCode) {
    List<Answer> list = versions.getOrDefault(itemCode, List.of());
    return list.isEmpty() ? Optional.empty() : Optional.of(list.get(list.size() - 1));
  }

  /** The current answer to each answered request, by request code. */
  public Map<String, Answer> current() {
    Map<String, Answer> current = new LinkedHashMap<>();
    versions.keySet().forEach(code -> current(code).ifPresent(a -> current.put(code, a)));
    return current;
  }

  /** The version of a request's current answer; 0 when it has none. */
  public int currentVersion(String itemCode) {
    return current(itemCode).map(Answer::version).orElse(0);
  }

  /** Whether the request's current answer gives evidence (anything but "not held"). */
  public boolean answeredWithEvidence(String itemCode) {
    return current(itemCode).filter(a -> a.kind() != AnswerKind.NOT_HELD).isPresent();
  }
}
