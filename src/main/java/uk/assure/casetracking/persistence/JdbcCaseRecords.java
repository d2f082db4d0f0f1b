package uk.assure.casetracking.persistence;

import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import uk.assure.assessment.domain.AssessmentId;
import uk.assure.casetracking.CaseNote;
import uk.assure.casetracking.CaseRecords;
import uk.assure.casetracking.domain.CaseRecord;
import uk.assure.casetracking.domain.Cohort;
import uk.assure.casetracking.domain.StratifiedSample;
import uk.assure.framework.domain.EvidenceCategory;

@Repository
class JdbcCaseRecords implements CaseRecords {

  private final JdbcClient jdbc;
  private final JdbcTemplate template;

  JdbcCaseRecords(JdbcClient jdbc, JdbcTemplate template) {
    this.jdbc = jdbc;
    this.template = template;
  }

  @Override
  public void addList(AssessmentId assessment, CaseList list, List<CaseRecord> cases) {
    jdbc.sql(
            """
            INSERT INTO case_lists (id, assessment_id, file_name, row_count, uploaded_by, uploaded_at)
            VALUES (:id, :assessment, :name, :rows, :by, :at)
            """)
        .param("id", list.id())
        .param("assessment", assessment.value())
        .param("name", list.fileName())
        .param("rows", list.rowCount())
        .param("by", list.uploadedBy())
        .param("at", Timestamp.from(list.uploadedAt()))
        .update();
    template.batchUpdate(
        """
        INSERT INTO case_list_rows (list_id, case_reference, age_band, support_reason, setting,
            carer, transition, safeguarding, hospital_discharge) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
        """,
        cases,
        1000,
        (ps, c) -> {
          ps.setObject(1, list.id());
          ps.setString(2, c.reference());
          ps.setString(3, c.ageBand().code());
          ps.setString(4, c.supportReason().code());
          ps.setString(5, c.setting().code());
          ps.setBoolean(6, c.carer());
          ps.setBoolean(7, c.transition());
          ps.setBoolean(8, c.safeguarding());
          ps.setBoolean(9, c.hospitalDischarge());
        });
  }

  @Override
  public Optional<CaseList> currentList(AssessmentId assessment) {
    return jdbc.sql(
            """
            SELECT id, file_name, row_count, uploaded_by, uploaded_at FROM case_lists
             WHERE assessment_id = :assessment ORDER BY uploaded_at DESC, id LIMIT 1
            """)
        .param("assessment", assessment.value())
        .query(
            (rs, n) ->
                new CaseList(
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getInt(3),
                    rs.getString(4),
                    rs.getTimestamp(5).toInstant()))
        .optional();
  }

  @Override
  public List<CaseRecord> cases(UUID list) {
    return jdbc.sql("SELECT * FROM case_list_rows WHERE list_id = :list ORDER BY case_reference")
        .param("list", list)
        .query(
            (rs, n) ->
                new CaseRecord(
                    rs.getString("case_reference"),
                    Cohort.fromCode(Cohort.AgeBand.class, rs.getString("age_band")),
                    Cohort.fromCode(Cohort.SupportReason.class, rs.getString("support_reason")),
                    Cohort.fromCode(Cohort.Setting.class, rs.getString("setting")),
                    rs.getBoolean("carer"),
                    rs.getBoolean("transition"),
                    rs.getBoolean("safeguarding"),
                    rs.getBoolean("hospital_discharge")))
        .list();
  }

  @Override
  public void addSample(UUID list, Sample sample) {
    StratifiedSample.Draw draw = sample.draw();
    jdbc.sql(
            """
            INSERT INTO case_samples (id, list_id, seed, list_size, follow_size, drawn_by, drawn_at)
            VALUES (:id, :list, :seed, :listSize, :followSize, :by, :at)
            """)
        .param("id", sample.id())
        .param("list", list)
        .param("seed", draw.seed())
        .param("listSize", draw.listSize())
        .param("followSize", draw.followSize())
        .param("by", sample.drawnBy())
        .param("at", Timestamp.from(sample.drawnAt()))
        .update();
    for (String reference : draw.listed()) {
      jdbc.sql(
              "INSERT INTO case_sample_members (sample_id, case_reference, followed) VALUES (:sample, :ref, :followed)")
          .param("sample", sample.id())
          .param("ref", reference)
          .param("followed", draw.followed().contains(reference))
          .update();
    }
  }

  @Override
  public Optional<Sample> currentSample(UUID list) {
    return jdbc.sql(
            """
            SELECT id, seed, list_size, follow_size, drawn_by, drawn_at FROM case_samples
             WHERE list_id = :list ORDER BY drawn_at DESC, id LIMIT 1
            """)
        .param("list", list)
        .query(
            (rs, n) -> {
              UUID id = rs.getObject(1, UUID.class);
              List<String> listed = new ArrayList<>();
              List<String> followed = new ArrayList<>();
              jdbc.sql(
                      "SELECT case_reference, followed FROM case_sample_members WHERE sample_id = :id ORDER BY case_reference")
                  .param("id", id)
                  .query(
                      row -> {
                        listed.add(row.getString(1));
                        if (row.getBoolean(2)) {
                          followed.add(row.getString(1));
                        }
                      });
              return new Sample(
                  id,
                  new StratifiedSample.Draw(
                      rs.getLong(2), rs.getInt(3), rs.getInt(4), List.of(), listed, followed),
                  rs.getString(5),
                  rs.getTimestamp(6).toInstant());
            })
        .optional();
  }

  @Override
  public void addConsent(UUID list, String reference, Consent consent) {
    jdbc.sql(
            """
            INSERT INTO case_consents (list_id, case_reference, consent, how, recorded_by, recorded_at)
            VALUES (:list, :ref, :consent, :how, :by, :at)
            """)
        .param("list", list)
        .param("ref", reference)
        .param("consent", consent.consent())
        .param("how", consent.how())
        .param("by", consent.recordedBy())
        .param("at", Timestamp.from(consent.recordedAt()))
        .update();
  }

  @Override
  public Map<String, Consent> consents(UUID list) {
    Map<String, Consent> latest = new LinkedHashMap<>();
    jdbc.sql(
            "SELECT case_reference, consent, how, recorded_by, recorded_at FROM case_consents WHERE list_id = :list ORDER BY id")
        .param("list", list)
        .query(
            rs -> {
              latest.put(
                  rs.getString(1),
                  new Consent(
                      rs.getString(2),
                      rs.getString(3),
                      rs.getString(4),
                      rs.getTimestamp(5).toInstant()));
            });
    return latest;
  }

  @Override
  public void addNote(UUID list, CaseNote note) {
    jdbc.sql(
            """
            INSERT INTO case_notes (id, list_id, case_reference, body, category, statements, written_by, written_at)
            VALUES (:id, :list, :ref, :body, :category, :statements, :by, :at)
            """)
        .param("id", note.id())
        .param("list", list)
        .param("ref", note.reference())
        .param("body", note.body())
        .param("category", note.category().code())
        .param("statements", String.join(",", note.statements()))
        .param("by", note.writtenBy())
        .param("at", Timestamp.from(note.writtenAt()))
        .update();
  }

  @Override
  public List<CaseNote> notes(UUID list) {
    return jdbc.sql("SELECT * FROM case_notes WHERE list_id = :list ORDER BY written_at, id")
        .param("list", list)
        .query(
            (rs, n) ->
                new CaseNote(
                    rs.getObject("id", UUID.class),
                    rs.getString("case_reference"),
                    rs.getString("body"),
                    EvidenceCategory.fromCode(rs.getString("category")),
                    Arrays.asList(rs.getString("statements").split(",")),
                    rs.getString("written_by"),
                    rs.getTimestamp("written_at").toInstant()))
        .list();
  }
}
