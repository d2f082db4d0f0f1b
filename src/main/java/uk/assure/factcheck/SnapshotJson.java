package uk.assure.factcheck;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import uk.assure.report.domain.ReportSection;

/** A report's sections as the JSON that drafts and published versions keep them in. */
@Component
public class SnapshotJson {

  private static final TypeReference<List<Map<String, String>>> SECTIONS = new TypeReference<>() {};

  private final JsonMapper json;

  SnapshotJson(JsonMapper json) {
    this.json = json;
  }

  public String write(List<ReportSection> sections) {
    return json.writeValueAsString(
        sections.stream()
            .map(
                s -> {
                  Map<String, String> m = new LinkedHashMap<>();
                  m.put("key", s.key());
                  m.put("heading", s.heading());
                  m.put("text", s.text());
                  return m;
                })
            .toList());
  }

  public List<ReportSection> read(String sections) {
    return json.readValue(sections, SECTIONS).stream()
        .map(m -> new ReportSection(m.get("key"), m.get("heading"), m.get("text")))
        .toList();
  }
}
