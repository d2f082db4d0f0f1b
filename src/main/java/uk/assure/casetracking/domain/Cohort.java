package uk.assure.casetracking.domain;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The closed lists a case list's columns are checked against, each value with a stable code. */
public final class Cohort {

  private Cohort() {}

  /** A value of one of the lists. */
  public interface Value {
    String code();

    String label();
  }

  public enum AgeBand implements Value {
    AGE_18_24("18-24", "18 to 24"),
    AGE_25_64("25-64", "25 to 64"),
    AGE_65_74("65-74", "65 to 74"),
    AGE_75_84("75-84", "75 to 84"),
    AGE_85_PLUS("85+", "85 and over");

    private final String code;
    private final String label;

    AgeBand(String code, String label) {
      this.code = code;
      this.label = label;
    }

    public String code() {
      return code;
    }

    public String label() {
      return label;
    }

    /** Whether people in this band are of working age (18 to 64) rather than 65 and over. */
    public boolean workingAge() {
      return this == AGE_18_24 || this == AGE_25_64;
    }
  }

  /** Primary support reasons, as councils report them in their national returns. */
  public enum SupportReason implements Value {
    PHYSICAL("physical", "Physical support"),
    SENSORY("sensory", "Sensory support"),
    MEMORY_COGNITION("memory_cognition", "Support with memory and cognition"),
    LEARNING_DISABILITY("learning_disability", "Learning disability support"),
    MENTAL_HEALTH("mental_health", "Mental health support"),
    SOCIAL("social", "Social support");

    private final String code;
    private final String label;

    SupportReason(String code, String label) {
      this.code = code;
      this.label = label;
    }

    public String code() {
      return code;
    }

    public String label() {
      return label;
    }
  }

  public enum Setting implements Value {
    OWN_HOME("own_home", "Own home"),
    SUPPORTED_LIVING("supported_living", "Supported living"),
    SHARED_LIVES("shared_lives", "Shared Lives"),
    RESIDENTIAL("residential", "Residential care"),
    NURSING("nursing", "Nursing care");

    private final String code;
    private final String label;

    Setting(String code, String label) {
      this.code = code;
      this.label = label;
    }

    public String code() {
      return code;
    }

    public String label() {
      return label;
    }
  }

  /** A value of {@code type} written as its code or its label, in any case. */
  public static <T extends Enum<T> & Value> Optional<T> read(Class<T> type, String text) {
    String given = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return Arrays.stream(type.getEnumConstants())
        .filter(v -> v.code().equals(given) || v.label().toLowerCase(Locale.ROOT).equals(given))
        .findFirst();
  }

  public static <T extends Enum<T> & Value> T fromCode(Class<T> type, String code) {
    return Arrays.stream(type.getEnumConstants())
        .filter(v -> v.code().equals(code))
        .findFirst()
        .orElseThrow(
            () -> new IllegalArgumentException("Unknown " + type.getSimpleName() + ": " + code));
  }

  /** Yes or no, written as yes/no, y/n or true/false in any case. */
  public static Optional<Boolean> yesNo(String text) {
    String given = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    return switch (given) {
      case "yes", "y", "true" -> Optional.of(true);
      case "no", "n", "false" -> Optional.of(false);
      default -> Optional.empty();
    };
  }
}
