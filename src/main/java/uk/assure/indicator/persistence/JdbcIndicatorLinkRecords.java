package uk.assure.indicator.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.indicator.CouncilIndicator;
import uk.assure.indicator.IndicatorLinkRecords;

@Repository
class JdbcIndicatorLinkRecords implements IndicatorLinkRecords {

  private final JdbcClient jdbc;

  JdbcIndicatorLinkRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Map<String, Integer> countsByStatement(AssessmentId assessment) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT statement_code, count(*) FROM assessment_indicator_links WHERE assessment_id = ?"
                + " GROUP BY statement_code")
        .param(assessment.value())
        .query((row, n) -> Map.entry(row.getString(1), row.getInt(2)))
        .list()
        .forEach(count -> counts.put(count.getKey(), count.getValue()));
    return counts;
  }

  @Override
  public List<Link> links(AssessmentId assessment) {
    return jdbc.sql(
            "SELECT statement_code, source || '|' || measure_code || '|' || period || '|' ||"
                + " disaggregation FROM assessment_indicator_links WHERE assessment_id = ? ORDER BY"
                + " statement_code, measure_code, period")
        .param(assessment.value())
        .query((row, n) -> new Link(row.getString(1), row.getString(2)))
        .list();
  }

  @Override
  public boolean add(
      AssessmentId assessment, String statement, CouncilIndicator figure, String by, Instant at) {
    return jdbc.sql(
                "INSERT INTO assessment_indicator_links (assessment_id, statement_code, source,"
                    + " measure_code, period, disaggregation, linked_by, linked_at) VALUES (?, ?, ?,"
                    + " ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING")
            .params(
                assessment.value(),
                statement,
                figure.source(),
                figure.measure(),
                figure.period(),
                figure.disaggregation(),
                by,
                Timestamp.from(at))
            .update()
        > 0;
  }
}
