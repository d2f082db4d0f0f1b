package uk.assure.indicator.persistence;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.indicator.importing.ImportJobRecords;
import uk.assure.indicator.importing.ImportJobs;

@Repository
class JdbcImportJobRecords implements ImportJobRecords {

  private final JdbcClient jdbc;

  JdbcImportJobRecords(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void start(UUID id, String layout, String fileName, String period, String by, Instant at) {
    jdbc.sql(
            "INSERT INTO import_jobs (id, layout, file_name, period, status, started_by, started_at)"
                + " VALUES (?, ?, ?, ?, 'running', ?, ?)")
        .params(id, layout, fileName, period, by, Timestamp.from(at))
        .update();
  }

  @Override
  public Optional<ImportJobs.Job> find(UUID id) {
    return jdbc.sql(
            "SELECT id, layout, file_name, period, status, rows_read, report, started_by FROM"
                + " import_jobs WHERE id = ?")
        .param(id)
        .query(JdbcImportJobRecords::job)
        .optional();
  }

  @Override
  public List<ImportJobs.Job> recent() {
    return jdbc.sql(
            "SELECT id, layout, file_name, period, status, rows_read, report, started_by FROM"
                + " import_jobs ORDER BY started_at DESC LIMIT 20")
        .query(JdbcImportJobRecords::job)
        .list();
  }

  @Override
  public void progress(UUID id, long rowsRead) {
    jdbc.sql("UPDATE import_jobs SET rows_read = ? WHERE id = ?").params(rowsRead, id).update();
  }

  @Override
  public void finish(UUID id, String status, long rowsRead, String report, Instant at) {
    jdbc.sql(
            "UPDATE import_jobs SET status = ?, rows_read = ?, report = ?, finished_at = ? WHERE"
                + " id = ?")
        .params(status, rowsRead, report, Timestamp.from(at), id)
        .update();
  }

  private static ImportJobs.Job job(ResultSet row, int n) throws SQLException {
    return new ImportJobs.Job(
        row.getObject("id", UUID.class),
        row.getString("layout"),
        row.getString("file_name"),
        row.getString("period"),
        row.getString("status"),
        row.getLong("rows_read"),
        row.getString("report"),
        row.getString("started_by"));
  }
}
