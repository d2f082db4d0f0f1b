package uk.assure.framework;

import java.util.List;
import uk.assure.framework.domain.Framework;
import uk.assure.shared.yaml.YamlProblem;

/** The outcome of checking a framework file: the framework, or every problem found in the file. */
public sealed interface FrameworkCheck {

  /** The framework, or an {@link InvalidFrameworkFileException} listing the problems. */
  Framework framework();

  /** The file is valid. */
  record Valid(Framework framework) implements FrameworkCheck {}

  /**
   * The file has problems.
   *
   * @param source the file's name, as given
   * @param problems every problem found, in the order of the file's lines
   */
  record Invalid(String source, List<YamlProblem> problems) implements FrameworkCheck {

    public Invalid {
      problems = List.copyOf(problems);
      if (problems.isEmpty()) {
        throw new IllegalArgumentException("An invalid framework file has at least one problem");
      }
    }

    @Override
    public Framework framework() {
      throw new InvalidFrameworkFileException(source, problems);
    }
  }
}
