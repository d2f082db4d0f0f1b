package uk.assure.framework;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import uk.assure.framework.domain.Framework;
import uk.assure.framework.domain.QualityStatement;

/** Reads the framework from its YAML file: the one shipped with Assure, or a revised one. */
public final class FrameworkFile {

  static final String BUNDLED = "/framework/framework.yaml";

  private FrameworkFile() {}

  /** The framework shipped with Assure. */
  public static Framework bundled() {
    try (InputStream in = FrameworkFile.class.getResourceAsStream(BUNDLED)) {
      return read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @SuppressWarnings("unchecked")
  public static Framework read(InputStream in) {
    Map<String, Object> root = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    List<Map<String, Object>> statements = (List<Map<String, Object>>) root.get("statements");
    return new Framework(
        String.valueOf(root.get("version")),
        statements.stream()
            .map(
                s ->
                    new QualityStatement(
                        (String) s.get("code"),
                        (Integer) s.get("theme"),
                        (String) s.get("name"),
                        (String) s.get("summary"),
                        (String) s.get("we"),
                        (List<String>) s.get("expectations"),
                        Map.of()))
            .toList());
  }
}
