package uk.assure.report.persistence;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.council.domain.GssCode;
import uk.assure.report.ReportTargets;

@Repository
class JdbcReportTargets implements ReportTargets {

  private final JdbcClient jdbc;

  JdbcReportTargets(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public List<Target> latestPerCouncil(boolean includeDemo, List<GssCode> councils) {
    String[] codes = councils.stream().map(GssCode::value).toArray(String[]::new);
    return jdbc.sql(
            "SELECT DISTINCT ON (council_gss) id, council_gss FROM assessments"
                + " WHERE (NOT demo OR :demo) AND (cardinality(:codes::varchar[]) = 0"
                + " OR council_gss = ANY(:codes::varchar[]))"
                + " ORDER BY council_gss, demo, started_on DESC, created_at DESC")
        .param("demo", includeDemo)
        .param("codes", codes)
        .query(
            (row, n) ->
                new Target(
                    new AssessmentId((UUID) row.getObject(1)), new GssCode(row.getString(2))))
        .list();
  }
}
