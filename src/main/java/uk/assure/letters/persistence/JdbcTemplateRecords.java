package uk.assure.letters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.letters.TemplateRecords;
import uk.assure.letters.domain.LetterKind;
import uk.assure.letters.domain.LetterTemplate;

@Repository
class JdbcTemplateRecords implements TemplateRecords {

  private final JdbcClient jdbc;

  JdbcTemplateRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<LetterTemplate> all() {
    return jdbc
        .sql("SELECT * FROM letter_templates")
        .query(JdbcTemplateRecords::template)
        .list()
        .stream()
        .sorted(Comparator.comparing(LetterTemplate::kind))
        .toList();
  }

  @Override
  public Optional<LetterTemplate> find(LetterKind kind) {
    return jdbc.sql("SELECT * FROM letter_templates WHERE kind = ?")
        .param(kind.code())
        .query(JdbcTemplateRecords::template)
        .optional();
  }

  @Override
  public boolean save(LetterTemplate changed, int seenVersion, String by, Instant at) {
    return jdbc.sql(
                """
                UPDATE letter_templates SET subject = ?, body = ?, changed_by = ?, changed_at = ?,
                    version = version + 1
                WHERE kind = ? AND version = ?
                """)
            .params(
                changed.subject(),
                changed.body(),
                by,
                Timestamp.from(at),
                changed.kind().code(),
                seenVersion)
            .update()
        == 1;
  }

  private static LetterTemplate template(ResultSet row, int n) throws SQLException {
    return new LetterTemplate(
        LetterKind.fromCode(row.getString("kind")),
        row.getString("subject"),
        row.getString("body"),
        row.getInt("version"));
  }
}
