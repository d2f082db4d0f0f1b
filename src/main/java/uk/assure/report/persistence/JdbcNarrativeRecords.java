package uk.assure.report.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.report.NarrativeRecords;
import uk.assure.report.domain.CouncilContext;
import uk.assure.report.domain.Narrative;
import uk.assure.report.domain.StatementNarrative;

@Repository
class JdbcNarrativeRecords implements NarrativeRecords {

  private final JdbcClient jdbc;

  JdbcNarrativeRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<Narrative> latest(AssessmentId assessment) {
    Optional<Narrative> head =
        jdbc.sql(
                "SELECT version, population, net_budget_pounds, spend_per_adult_pounds,"
                    + " financial_year, context_source, people_experience, saved_by, saved_at"
                    + " FROM report_narratives WHERE assessment_id = ? ORDER BY version DESC"
                    + " LIMIT 1")
            .param(assessment.value())
            .query((row, n) -> narrative(row, Map.of()))
            .optional();
    if (head.isEmpty()) {
      return head;
    }
    Narrative found = head.get();
    Map<String, StatementNarrative> statements = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT statement_code, key_findings, strengths, areas_for_development, topic_tags"
                + " FROM report_statement_narratives WHERE assessment_id = ? AND version = ?"
                + " ORDER BY statement_code")
        .params(assessment.value(), found.version())
        .query(
            (row, n) ->
                new StatementNarrative(
                    row.getString(1),
                    row.getString(2),
                    row.getString(3),
                    row.getString(4),
                    tags(row.getArray(5))))
        .list()
        .forEach(s -> statements.put(s.statement(), s));
    return Optional.of(
        new Narrative(
            found.version(),
            found.context(),
            found.peopleExperience(),
            statements,
            found.savedBy(),
            found.savedAt()));
  }

  @Override
  public Map<String, Integer> tagCounts(java.util.Collection<AssessmentId> assessments) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    if (assessments.isEmpty()) {
      return counts;
    }
    String[] ids = assessments.stream().map(a -> a.value().toString()).toArray(String[]::new);
    jdbc.sql(
            """
            WITH published AS (
                SELECT assessment_id, max(published_at) AS at FROM published_reports
                 WHERE assessment_id = ANY(?::uuid[]) GROUP BY assessment_id),
            latest AS (
                SELECT n.assessment_id, max(n.version) AS version
                  FROM report_narratives n LEFT JOIN published p USING (assessment_id)
                 WHERE n.assessment_id = ANY(?::uuid[]) AND (p.at IS NULL OR n.saved_at <= p.at)
                 GROUP BY n.assessment_id)
            SELECT tag, count(*) FROM latest JOIN report_statement_narratives s
                   USING (assessment_id, version) CROSS JOIN unnest(s.topic_tags) AS tag
             GROUP BY tag ORDER BY count(*) DESC, tag
            """)
        .params(ids, ids)
        .query((row, n) -> Map.entry(row.getString(1), row.getInt(2)))
        .list()
        .forEach(e -> counts.put(e.getKey(), e.getValue()));
    return counts;
  }

  @Override
  public List<SavedVersion> versions(AssessmentId assessment) {
    return jdbc.sql(
            "SELECT version, saved_by, saved_at FROM report_narratives WHERE assessment_id = ?"
                + " ORDER BY version DESC")
        .param(assessment.value())
        .query(
            (row, n) ->
                new SavedVersion(row.getInt(1), row.getString(2), row.getTimestamp(3).toInstant()))
        .list();
  }

  @Override
  @Transactional
  public boolean add(AssessmentId assessment, Narrative narrative) {
    Integer latest =
        jdbc.sql("SELECT max(version) FROM report_narratives WHERE assessment_id = ?")
            .param(assessment.value())
            .query(Integer.class)
            .optional()
            .orElse(null);
    int current = latest == null ? 0 : latest;
    if (current != narrative.version() - 1) {
      return false;
    }
    CouncilContext c = narrative.context();
    // Two saves from the same version: the second inserts nothing (no error, so the transaction
    // stays usable) and is told it lost.
    int inserted =
        jdbc.sql(
                "INSERT INTO report_narratives (assessment_id, version, population,"
                    + " net_budget_pounds, spend_per_adult_pounds, financial_year, context_source,"
                    + " people_experience, saved_by, saved_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (assessment_id, version) DO NOTHING")
            .params(
                assessment.value(),
                narrative.version(),
                c.population().orElse(null),
                c.netBudgetPounds().orElse(null),
                c.spendPerAdultPounds().orElse(null),
                c.financialYear().orElse(null),
                c.source(),
                narrative.peopleExperience(),
                narrative.savedBy().orElseThrow(),
                Timestamp.from(narrative.savedAt().orElseThrow()))
            .update();
    if (inserted == 0) {
      return false;
    }
    for (StatementNarrative s : narrative.statements().values()) {
      jdbc.sql(
              "INSERT INTO report_statement_narratives (assessment_id, version, statement_code,"
                  + " key_findings, strengths, areas_for_development, topic_tags)"
                  + " VALUES (?, ?, ?, ?, ?, ?, ?::varchar[])")
          .params(
              assessment.value(),
              narrative.version(),
              s.statement(),
              s.keyFindings(),
              s.strengths(),
              s.areasForDevelopment(),
              "{" + String.join(",", s.tags()) + "}")
          .update();
    }
    return true;
  }

  private static Narrative narrative(ResultSet row, Map<String, StatementNarrative> statements)
      throws SQLException {
    return new Narrative(
        row.getInt("version"),
        new CouncilContext(
            Optional.ofNullable((Integer) row.getObject("population")),
            Optional.ofNullable((Long) row.getObject("net_budget_pounds")),
            Optional.ofNullable((Integer) row.getObject("spend_per_adult_pounds")),
            Optional.ofNullable(row.getString("financial_year")),
            row.getString("context_source")),
        row.getString("people_experience"),
        statements,
        Optional.of(row.getString("saved_by")),
        Optional.of(row.getTimestamp("saved_at").toInstant()));
  }

  private static List<String> tags(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
