package uk.assure.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import picocli.CommandLine;
import uk.assure.Assure;
import uk.assure.audit.domain.AuditAction;
import uk.assure.audit.domain.AuditChain;
import uk.assure.audit.domain.AuditEntry;
import uk.assure.security.TestUsers;
import uk.assure.security.domain.Role;

/**
 * The trail on a real database. Every test in the run shares the one chain, so tests here look only
 * at entries they wrote, and the tampering test puts things back as they were.
 */
@Tag("database")
@SpringBootTest
@AutoConfigureMockMvc
class AuditTrailIntegrationTest {

  @Autowired AuditTrail audit;
  @Autowired JdbcClient jdbc;
  @Autowired MockMvc mvc;

  @Test
  void appendsLinkEachEntryToTheOneBefore() {
    AuditEntry first =
        audit.record(AuditRecord.of(AuditAction.DATA_IMPORTED, "system").withDetail("rows", 10));
    AuditEntry second =
        audit.record(AuditRecord.of(AuditAction.DATA_IMPORTED, "system").withDetail("rows", 20));

    assertThat(second.previousHash()).isEqualTo(first.hash());
    assertThat(second.sequence()).isEqualTo(first.sequence() + 1);
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void applicationSqlCannotChangeOrRemoveAnEntry() {
    AuditEntry entry = audit.record(AuditRecord.of(AuditAction.SIGN_OUT, "someone@example.org"));

    assertThatThrownBy(
            () ->
                jdbc.sql("UPDATE audit_events SET actor = 'nobody' WHERE sequence = ?")
                    .param(entry.sequence())
                    .update())
        .isInstanceOf(DataAccessException.class)
        .rootCause()
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () ->
                jdbc.sql("DELETE FROM audit_events WHERE sequence = ?")
                    .param(entry.sequence())
                    .update())
        .isInstanceOf(DataAccessException.class);
  }

  @Test
  void concurrentAppendsKeepOneChain() throws Exception {
    long before = audit.count(AuditFilter.everything());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    for (int i = 0; i < 80; i++) {
      int n = i;
      pool.submit(
          () ->
              audit.record(AuditRecord.of(AuditAction.DATA_IMPORTED, "loader").withDetail("n", n)));
    }
    pool.shutdown();
    assertThat(pool.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

    assertThat(audit.count(AuditFilter.everything())).isEqualTo(before + 80);
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void anEditMadeBehindTheApplicationsBackIsFoundAndNamed() {
    AuditEntry entry =
        audit.record(
            AuditRecord.of(AuditAction.ROLE_CHANGED, "admin@example.org")
                .withDetail("to", "panel"));
    try {
      tamper(entry.sequence(), "{\"to\":\"admin\"}");

      AuditChain.Verification result = audit.verify();
      assertThat(result.firstBreak())
          .contains(new AuditChain.Break(entry.sequence(), AuditChain.Reason.ALTERED));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PrintStream original = System.out;
      System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
      int exit;
      try {
        exit = new CommandLine(new Assure()).execute("audit", "verify");
      } finally {
        System.setOut(original);
      }
      assertThat(exit).isEqualTo(1);
      assertThat(out.toString(StandardCharsets.UTF_8))
          .contains("Audit trail broken at entry " + entry.sequence());
    } finally {
      tamper(entry.sequence(), entry.details());
    }
    assertThat(audit.verify().intact()).isTrue();
  }

  @Test
  void signInsAndRefusalsAreRecordedAndAdminsCanReadTheTrail() throws Exception {
    mvc.perform(
        formLogin("/sign-in")
            .userParameter("email")
            .user("intruder@example.org")
            .password("guess"));

    assertThat(
            audit.find(
                new AuditFilter(AuditAction.SIGN_IN_FAILED, "intruder@", null, null, null, null),
                1,
                10))
        .isNotEmpty();
    mvc.perform(
            get("/staff/admin/audit")
                .param("action", "sign_in_failed")
                .with(user(TestUsers.withRole(Role.ADMIN))))
        .andExpect(status().isOk())
        .andExpect(content().string(Matchers.containsString("intruder@example.org")))
        .andExpect(content().string(Matchers.containsString("The audit trail is intact")));
    mvc.perform(
            get("/staff/admin/audit")
                .param("from", "yesterday")
                .with(user(TestUsers.withRole(Role.ADMIN))))
        .andExpect(status().isBadRequest())
        .andExpect(
            content().string(Matchers.containsString("Enter the from date as year-month-day")));
    mvc.perform(get("/staff/admin/audit").with(user(TestUsers.withRole(Role.LEAD_ASSESSOR))))
        .andExpect(status().isForbidden());
  }

  /** Changes an entry as someone with direct database access might, bypassing the guard. */
  private void tamper(long sequence, String details) {
    jdbc.sql("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only").update();
    try {
      jdbc.sql("UPDATE audit_events SET details = ? WHERE sequence = ?")
          .params(details, sequence)
          .update();
    } finally {
      jdbc.sql("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only").update();
    }
  }
}
