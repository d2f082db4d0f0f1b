package uk.assure.calibration.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.calibration.DecisionRecords;
import uk.assure.calibration.domain.DecisionOutcome;
import uk.assure.calibration.domain.PanelDecision;

@Repository
class JdbcDecisionRecords implements DecisionRecords {

  private final JdbcClient jdbc;

  JdbcDecisionRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public Optional<PanelDecision> inForce(AssessmentId assessment) {
    return jdbc.sql(
            "SELECT * FROM panel_decisions WHERE assessment_id = ? AND superseded_at IS NULL")
        .param(assessment.value())
        .query(this::decision)
        .optional();
  }

  @Override
  public List<PanelDecision> all(AssessmentId assessment) {
    return jdbc.sql(
            "SELECT * FROM panel_decisions WHERE assessment_id = ? ORDER BY decided_at DESC")
        .param(assessment.value())
        .query(this::decision)
        .list();
  }

  @Override
  public boolean add(PanelDecision d) {
    int added =
        jdbc.sql(
                """
                INSERT INTO panel_decisions (id, assessment_id, outcome, note, decided_by, decided_at)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT (assessment_id) WHERE superseded_at IS NULL DO NOTHING
                """)
            .params(
                d.id(),
                d.assessment().value(),
                d.outcome().code(),
                d.note(),
                d.decidedBy(),
                Timestamp.from(d.decidedAt()))
            .update();
    if (added == 0) {
      return false;
    }
    for (PanelDecision.Change change : d.changes()) {
      jdbc.sql(
              "INSERT INTO panel_decision_changes (decision_id, item, from_score, to_score, reason)"
                  + " VALUES (?, ?, ?, ?, ?)")
          .params(d.id(), change.item(), change.from(), change.to(), change.reason())
          .update();
    }
    return true;
  }

  @Override
  public boolean supersede(AssessmentId assessment, String by, Instant at) {
    return jdbc.sql(
                "UPDATE panel_decisions SET superseded_at = ?, superseded_by = ?"
                    + " WHERE assessment_id = ? AND superseded_at IS NULL")
            .params(Timestamp.from(at), by, assessment.value())
            .update()
        > 0;
  }

  private PanelDecision decision(ResultSet row, int n) throws SQLException {
    UUID id = row.getObject("id", UUID.class);
    List<PanelDecision.Change> changes =
        jdbc.sql(
                "SELECT item, from_score, to_score, reason FROM panel_decision_changes"
                    + " WHERE decision_id = ? ORDER BY item")
            .param(id)
            .query(
                (c, i) ->
                    new PanelDecision.Change(
                        c.getString(1),
                        (Integer) c.getObject(2, Integer.class),
                        (Integer) c.getObject(3, Integer.class),
                        c.getString(4)))
            .list();
    return new PanelDecision(
        id,
        new AssessmentId(row.getObject("assessment_id", UUID.class)),
        DecisionOutcome.fromCode(row.getString("outcome")),
        row.getString("note"),
        changes,
        row.getString("decided_by"),
        row.getTimestamp("decided_at").toInstant());
  }
}
