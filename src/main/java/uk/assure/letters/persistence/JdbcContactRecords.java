package uk.assure.letters.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.council.domain.GssCode;
import uk.assure.letters.ContactRecords;
import uk.assure.letters.domain.Contact;
import uk.assure.letters.domain.ContactKind;
import uk.assure.security.domain.EmailAddress;

@Repository
class JdbcContactRecords implements ContactRecords {

  private static final String KIND_ORDER =
      "CASE kind WHEN 'dass' THEN 1 WHEN 'principal_social_worker' THEN 2 ELSE 3 END";

  private final JdbcClient jdbc;

  JdbcContactRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Contact> of(GssCode council) {
    return jdbc.sql(
            "SELECT * FROM council_contacts WHERE council_gss = ? ORDER BY "
                + KIND_ORDER
                + ", lower(name), email")
        .param(council.value())
        .query(JdbcContactRecords::contact)
        .list();
  }

  @Override
  public Optional<Contact> find(UUID id) {
    return jdbc.sql("SELECT * FROM council_contacts WHERE id = ?")
        .param(id)
        .query(JdbcContactRecords::contact)
        .optional();
  }

  @Override
  public boolean add(Contact contact, String by, Instant at) {
    return jdbc.sql(
                """
                INSERT INTO council_contacts (id, council_gss, kind, name, email, job_title,
                    changed_by, changed_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """)
            .params(
                contact.id(),
                contact.council().value(),
                contact.kind().code(),
                contact.name(),
                contact.email().value(),
                contact.jobTitle(),
                by,
                Timestamp.from(at))
            .update()
        == 1;
  }

  @Override
  public boolean change(Contact changed, int seenVersion, String by, Instant at) {
    try {
      return jdbc.sql(
                  """
                  UPDATE council_contacts SET kind = ?, name = ?, email = ?, job_title = ?,
                      changed_by = ?, changed_at = ?, version = version + 1
                  WHERE id = ? AND council_gss = ? AND version = ?
                  """)
              .params(
                  changed.kind().code(),
                  changed.name(),
                  changed.email().value(),
                  changed.jobTitle(),
                  by,
                  Timestamp.from(at),
                  changed.id(),
                  changed.council().value(),
                  seenVersion)
              .update()
          == 1;
    } catch (DuplicateKeyException e) {
      return false;
    }
  }

  @Override
  public boolean remove(UUID id, int seenVersion) {
    return jdbc.sql("DELETE FROM council_contacts WHERE id = ? AND version = ?")
            .params(id, seenVersion)
            .update()
        == 1;
  }

  private static Contact contact(ResultSet row, int n) throws SQLException {
    return new Contact(
        row.getObject("id", UUID.class),
        new GssCode(row.getString("council_gss")),
        ContactKind.fromCode(row.getString("kind")),
        row.getString("name"),
        new EmailAddress(row.getString("email")),
        row.getString("job_title"),
        row.getInt("version"));
  }
}
