package uk.assure.workbench.persistence;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.workbench.JudgementRecords;
import uk.assure.workbench.domain.StatementJudgement;

@Repository
class JdbcJudgementRecords implements JudgementRecords {

  private final JdbcClient jdbc;

  JdbcJudgementRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<StatementJudgement> history(AssessmentId assessment, String statement) {
    return jdbc.sql(
            "SELECT * FROM statement_judgements WHERE assessment_id = ? AND statement_code = ?"
                + " ORDER BY sequence")
        .params(assessment.value(), statement)
        .query(JdbcJudgementRecords::judgement)
        .list();
  }

  @Override
  public List<StatementJudgement> current(AssessmentId assessment) {
    return jdbc.sql(
            "SELECT DISTINCT ON (statement_code) * FROM statement_judgements WHERE assessment_id = ?"
                + " ORDER BY statement_code, sequence DESC")
        .param(assessment.value())
        .query(JdbcJudgementRecords::judgement)
        .list();
  }

  @Override
  public boolean add(AssessmentId assessment, StatementJudgement j) {
    return jdbc.sql(
                """
                INSERT INTO statement_judgements (assessment_id, statement_code, sequence, score,
                    derived_score, previous_score, rationale, judgement_reason, cited, written_by,
                    written_at)
                VALUES (:assessment, :statement, :sequence, :score, :derived, :previous, :rationale,
                    :reason, :cited, :by, :at)
                ON CONFLICT DO NOTHING
                """)
            .param("assessment", assessment.value())
            .param("statement", j.statement())
            .param("sequence", j.sequence())
            .param("score", j.score().orElse(null))
            .param("derived", j.derived().orElse(null))
            .param("previous", j.previous().orElse(null))
            .param("rationale", j.rationale())
            .param("reason", j.reason().orElse(null))
            .param("cited", j.cited().toArray(String[]::new))
            .param("by", j.writtenBy())
            .param("at", Timestamp.from(j.writtenAt()))
            .update()
        == 1;
  }

  private static StatementJudgement judgement(ResultSet row, int n) throws SQLException {
    Array cited = row.getArray("cited");
    return new StatementJudgement(
        row.getString("statement_code"),
        row.getInt("sequence"),
        score(row, "score"),
        score(row, "derived_score"),
        score(row, "previous_score"),
        row.getString("rationale"),
        Optional.ofNullable(row.getString("judgement_reason")),
        Arrays.asList((String[]) cited.getArray()),
        row.getString("written_by"),
        row.getTimestamp("written_at").toInstant());
  }

  private static Optional<Integer> score(ResultSet row, String column) throws SQLException {
    int value = row.getInt(column);
    return row.wasNull() ? Optional.empty() : Optional.of(value);
  }
}
