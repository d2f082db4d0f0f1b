package uk.assure.framework.domain;

import static uk.assure.framework.domain.Require.text;

/**
 * One of the framework's themes, which group the quality statements.
 *
 * @param number the theme's number, shown with its name ("Theme 1: Working with people")
 * @param name the theme's name
 * @param description what the theme covers, in a sentence or two
 */
public record Theme(int number, String name, String description) {

  public Theme {
    if (number < 1) {
      throw new IllegalArgumentException("A theme number is 1 or more, not " + number);
    }
    name = text(name, "A theme needs a name");
    description = text(description, "Theme " + number + " needs a description");
  }
}
