package uk.assure.journey.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.journey.JourneyRecords;
import uk.assure.journey.domain.DateChange;
import uk.assure.journey.domain.DateKind;
import uk.assure.journey.domain.MoveKind;
import uk.assure.journey.domain.Stage;
import uk.assure.journey.domain.StageMove;
import uk.assure.journey.domain.Withdrawal;

@Repository
class JdbcJourneyRecords implements JourneyRecords {

  private final JdbcClient jdbc;

  JdbcJourneyRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<StageMove> moves(AssessmentId id) {
    return jdbc.sql(
            """
            SELECT sequence, from_stage, to_stage, kind, actor, moved_at, moved_on, reason
              FROM assessment_stage_moves WHERE assessment_id = ? ORDER BY sequence
            """)
        .param(id.value())
        .query((rs, n) -> move(rs))
        .list();
  }

  @Override
  public Set<AssessmentId> movedLastTo(Stage stage) {
    return jdbc.sql(
            """
            SELECT assessment_id FROM (
              SELECT DISTINCT ON (assessment_id) assessment_id, to_stage
                FROM assessment_stage_moves ORDER BY assessment_id, sequence DESC) latest
             WHERE to_stage = ?
               AND NOT EXISTS (SELECT 1 FROM assessment_withdrawals w
                                WHERE w.assessment_id = latest.assessment_id)
            """)
        .param(stage.code())
        .query((rs, n) -> new AssessmentId(rs.getObject(1, java.util.UUID.class)))
        .set();
  }

  @Override
  public boolean append(AssessmentId id, StageMove move) {
    try {
      jdbc.sql(
              """
              INSERT INTO assessment_stage_moves
                  (assessment_id, sequence, from_stage, to_stage, kind, actor, moved_at, moved_on, reason)
              VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
              """)
          .params(
              id.value(),
              move.sequence(),
              move.from().code(),
              move.to().code(),
              move.kind().code(),
              move.actor(),
              Timestamp.from(move.at()),
              move.on(),
              move.reason().orElse(null))
          .update();
      return true;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  @Override
  public List<DateChange> dateChanges(AssessmentId id) {
    return jdbc.sql(
            """
            SELECT kind, on_date, actor, changed_at, reason
              FROM assessment_date_changes WHERE assessment_id = ? ORDER BY id
            """)
        .param(id.value())
        .query(
            (rs, n) ->
                new DateChange(
                    DateKind.fromCode(rs.getString("kind")),
                    rs.getObject("on_date", LocalDate.class),
                    rs.getString("actor"),
                    rs.getTimestamp("changed_at").toInstant(),
                    Optional.ofNullable(rs.getString("reason"))))
        .list();
  }

  @Override
  public void addDateChange(AssessmentId id, DateChange change) {
    jdbc.sql(
            """
            INSERT INTO assessment_date_changes (assessment_id, kind, on_date, actor, changed_at, reason)
            VALUES (?, ?, ?, ?, ?, ?)
            """)
        .params(
            id.value(),
            change.kind().code(),
            change.on(),
            change.actor(),
            Timestamp.from(change.at()),
            change.reason().orElse(null))
        .update();
  }

  @Override
  public Optional<Withdrawal> withdrawal(AssessmentId id) {
    return jdbc.sql(
            "SELECT actor, withdrawn_at, reason FROM assessment_withdrawals WHERE assessment_id = ?")
        .param(id.value())
        .query(
            (rs, n) ->
                new Withdrawal(
                    rs.getString("actor"),
                    rs.getTimestamp("withdrawn_at").toInstant(),
                    rs.getString("reason")))
        .optional();
  }

  @Override
  public void addWithdrawal(AssessmentId id, Withdrawal withdrawal) {
    jdbc.sql(
            """
            INSERT INTO assessment_withdrawals (assessment_id, actor, withdrawn_at, reason)
            VALUES (?, ?, ?, ?)
            """)
        .params(
            id.value(), withdrawal.actor(), Timestamp.from(withdrawal.at()), withdrawal.reason())
        .update();
  }

  private static StageMove move(ResultSet rs) throws SQLException {
    return new StageMove(
        rs.getInt("sequence"),
        Stage.fromCode(rs.getString("from_stage")),
        Stage.fromCode(rs.getString("to_stage")),
        MoveKind.fromCode(rs.getString("kind")),
        rs.getString("actor"),
        rs.getTimestamp("moved_at").toInstant(),
        rs.getObject("moved_on", LocalDate.class),
        Optional.ofNullable(rs.getString("reason")));
  }
}
